using System.Net;
using System.Text.Json;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Hostile;

/// <summary>Staff read a stored file only when they may read its exercise (issue 9, point 8).</summary>
public abstract class FileAccessTests(RindeFactory factory)
{
    private static readonly byte[] Pdf = "%PDF-1.4\nlistado de asistencia\n%EOF"u8.ToArray();

    /// <summary>An exercise of its own dependency with an annex file; the file's id.</summary>
    private async Task<(int Exercise, Guid File)> AnnexAsync(StaffBrowser admin)
    {
        var id = await CreateExerciseAsync(admin, "Diálogo con anexo " + Guid.NewGuid().ToString("N")[..6]);
        var saved = await admin.SubmitAsync($"/staff/ejercicios/{id}/acta/anexos", [("Input.Title", "Listado de asistencia")], "Save",
            ("Input.File", "asistencia.pdf", Pdf));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return (id, factory.WithDb(db => db.Annexes.Single(a => a.ExerciseId == id).FileId!.Value));
    }

    private async Task<(StaffBrowser Page, HttpClient Api)> ColleagueOfAsync(int exerciseId)
    {
        var (email, password) = await StaffSignIn.CreateColleagueAsync(factory, exerciseId);
        return (await StaffBrowser.SignInAsync(factory, email, password), await factory.CreateStaffClientAsync(email, password));
    }

    [Fact]
    public async Task Staff_of_the_exercise_dependency_read_its_file_on_the_page_and_the_api()
    {
        var admin = await StaffBrowser.SignInAsync(factory);
        var (exercise, file) = await AnnexAsync(admin);
        var (page, api) = await ColleagueOfAsync(exercise);

        var preview = await page.Client.GetAsync($"/staff/archivos/{file}");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal(Pdf, await preview.Content.ReadAsByteArrayAsync());
        var download = await api.GetAsync($"/api/v1/files/{file}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Staff_of_another_dependency_get_a_spanish_not_found_on_the_page_and_the_api()
    {
        var admin = await StaffBrowser.SignInAsync(factory);
        var (_, file) = await AnnexAsync(admin);
        var other = await CreateExerciseAsync(admin, "Diálogo de otra dependencia " + Guid.NewGuid().ToString("N")[..6]);
        var (page, api) = await ColleagueOfAsync(other);

        var preview = await page.Client.GetAsync($"/staff/archivos/{file}");
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
        Assert.Contains("No encontramos", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var download = await api.GetAsync($"/api/v1/files/{file}");
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal("No existe ese archivo.", JsonDocument.Parse(await download.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_file_no_exercise_uses_yet_is_read_only_by_who_uploaded_it()
    {
        var admin = await StaffBrowser.SignInAsync(factory);
        var mine = await CreateExerciseAsync(admin, "Diálogo propio " + Guid.NewGuid().ToString("N")[..6]);
        var (_, uploader) = await ColleagueOfAsync(mine);
        var (_, colleague) = await ColleagueOfAsync(mine);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Pdf), "file", "borrador.pdf" } };
        var created = await uploader.PostAsync("/api/v1/files", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await uploader.GetAsync($"/api/v1/files/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/v1/files/{id}")).StatusCode);
        var administrator = await factory.CreateStaffClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/api/v1/files/{id}")).StatusCode);
    }
}

public sealed class SqliteFileAccessTests(SqliteFactory factory) : FileAccessTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresFileAccessTests(PostgresFactory factory) : FileAccessTests(factory), IClassFixture<PostgresFactory>;
