using System.Net;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>Images and annexes uploaded through the back-office forms.</summary>
public abstract class UploadsTests(RindeFactory factory)
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private async Task<(StaffBrowser Browser, string Url)> SectionImagesAsync()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con imágenes " + Guid.NewGuid().ToString("N")[..6]);
        var section = await AddAsync(browser, $"/staff/ejercicios/{id}/informe", ("Input.Title", "Gestión de la Secretaría"));
        return (browser, $"/staff/ejercicios/{id}/informe/{section}/imagenes");
    }

    [Fact]
    public async Task A_png_is_stored_where_every_node_reaches_it_and_previewed_to_staff()
    {
        var (browser, url) = await SectionImagesAsync();
        var response = await browser.SubmitAsync(url, [("Input.Caption", "Transmisión en vivo")], "Save", ("Input.File", "foto.png", Png));
        var imageId = StaffBrowser.IdFrom(response);

        var image = factory.WithDb(db => db.ReportImages.Single(i => i.Id == imageId));
        Assert.Equal("Transmisión en vivo", image.Caption);
        var onDisk = Path.Combine(factory.DataDir, "files", image.FileId.ToString("N"));
        if (factory.Provider == "Postgres")
        {
            // In the database, never on one node's disk.
            Assert.False(File.Exists(onDisk));
            Assert.Equal(Png, factory.WithDb(db => db.Set<Rinde.Features.Files.StoredFileContent>().Single(c => c.FileId == image.FileId).Data));
        }
        else
        {
            Assert.Equal(Png, File.ReadAllBytes(onDisk));
        }
        var page = await browser.GetAsync(url);
        var img = page.QuerySelector($"#fila-{imageId} img")!;
        Assert.Equal("Transmisión en vivo", img.GetAttribute("alt"));
        var preview = await browser.Client.GetAsync(img.GetAttribute("src"));
        Assert.Equal("image/png", preview.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Png, await preview.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_text_file_named_png_is_refused_with_the_reason_next_to_the_field()
    {
        var (browser, url) = await SectionImagesAsync();
        var response = await browser.SubmitAsync(url, [("Input.Caption", "Falsa")], "Save", ("Input.File", "nota.png", "hola, no soy una imagen"u8.ToArray()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Contains("El archivo «nota.png» no es de un tipo permitido", page.QuerySelector("#Input_File-error")!.TextContent);
        Assert.False(factory.WithDb(db => db.ReportImages.Any(i => i.Caption == "Falsa")));
    }

    [Fact]
    public async Task A_request_over_the_limit_is_turned_away_with_a_spanish_message()
    {
        var (browser, url) = await SectionImagesAsync();
        var huge = new byte[31 * 1024 * 1024];
        Png.CopyTo(huge, 0);
        var response = await browser.SubmitAsync(url, [("Input.Caption", "Enorme")], "Save", ("Input.File", "enorme.png", huge));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var page = await browser.GetAsync(url);
        Assert.Contains("El archivo es demasiado grande: el máximo es de 20 MB.", page.QuerySelector(".notice.error")!.TextContent);
    }

    [Fact]
    public async Task An_annex_takes_a_pdf_and_offers_it_for_download()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con anexos");
        var url = $"/staff/ejercicios/{id}/acta/anexos";
        var annex = await AddAsync(browser, url, ("Input.Title", "Listado de asistencia"));
        await browser.SubmitAsync($"{url}?editar={annex}", [], "Save", ("Input.File", "asistencia.pdf", "%PDF-1.4\n%EOF"u8.ToArray()));

        var page = await browser.GetAsync(url);
        var link = page.QuerySelector($"#fila-{annex} a[href^='/staff/archivos/']")!;
        var download = await browser.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
    }
}

public sealed class SqliteUploadsTests(SqliteFactory factory) : UploadsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresUploadsTests(PostgresFactory factory) : UploadsTests(factory), IClassFixture<PostgresFactory>;
