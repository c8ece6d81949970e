using System.Net;
using System.Text.Json;
using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.Hostile;

/// <summary>
/// Each hostile file, sent to each entry that takes it (the import page and API, the annex and
/// figure pages, the files API), is refused with a Spanish 4xx within 10 s and 512 MB, and the
/// exercise's acta still generates afterwards.
/// </summary>
public abstract class HostileUploadTests
{
    private const int RowBudget = 1000;
    private const int StringBudget = 100_000;
    private readonly RindeFactory factory;

    protected HostileUploadTests(RindeFactory factory)
    {
        this.factory = factory;
        // Small row and string budgets, so the files that exceed them stay small too (and quick to build).
        factory.Settings["UploadBudgets:MaxRows"] = RowBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        factory.Settings["UploadBudgets:MaxSharedStrings"] = StringBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static TheoryData<string> SurveyFiles => ["millon-de-columnas.csv", "celda-enorme.csv", "demasiadas-filas.csv", "bomba.xlsx", "textos.xlsx"];

    private static (byte[] Bytes, string Reason) Survey(string name) => name switch
    {
        "millon-de-columnas.csv" => (HostileFiles.MillionColumnsCsv(), "columnas; se aceptan hasta 500"),
        "celda-enorme.csv" => (HostileFiles.HugeCellCsv(), "celda de más de 32 KB"),
        "demasiadas-filas.csv" => (HostileFiles.ManyRowsCsv(RowBudget + 500), "divídalo en archivos más pequeños"),
        "bomba.xlsx" => (HostileFiles.HugeSheetXlsx(), "MB descomprimido"),
        _ => (HostileFiles.ManySharedStringsXlsx(), "textos distintos"),
    };

    public static TheoryData<string> Images => ["png", "gif", "webp", "jpeg"];

    [Theory]
    [MemberData(nameof(SurveyFiles))]
    public async Task The_import_page_refuses_it_in_spanish_within_budget(string name)
    {
        var (bytes, reason) = Survey(name);
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);

        var probe = MemoryProbe.Start();
        var response = await browser.SubmitAsync($"/staff/ejercicios/{id}/encuesta/importar", [], "Preview", ("archivo", name, bytes));
        probe.AssertWithinBudget(name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Contains(reason, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SurveySetup.CountAsync(factory, id));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(factory.DataDir, "imports"), $"{id}-*"));
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Theory]
    [MemberData(nameof(SurveyFiles))]
    public async Task The_import_api_refuses_it_in_spanish_within_budget(string name)
    {
        var (bytes, reason) = Survey(name);
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };

        var probe = MemoryProbe.Start();
        var response = await staff.PostAsync($"/api/v1/exercises/{id}/survey/import", form);
        probe.AssertWithinBudget(name);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await DetailAsync(response), StringComparison.Ordinal);
        Assert.Equal(0, await SurveySetup.CountAsync(factory, id));
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Theory]
    [InlineData("annex")]
    [InlineData("figure")]
    public async Task The_upload_pages_refuse_a_decompression_bomb_before_decoding_it(string entry)
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var (url, field) = entry == "annex"
            ? ($"/staff/ejercicios/{id}/acta/anexos", ("Input.Title", "Plano del parque"))
            : ($"/staff/ejercicios/{id}/informe/{await AddAsync(browser, $"/staff/ejercicios/{id}/informe", ("Input.Title", "Obras"))}/imagenes",
                ("Input.Caption", "Plano del parque"));
        var filesBefore = factory.WithDb(db => db.Files.Count());

        var probe = MemoryProbe.Start();
        var response = await browser.SubmitAsync(url, [field], "Save", ("Input.File", "plano.png", HostileFiles.BombPng()));
        probe.AssertWithinBudget(entry);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        Assert.Contains("mide 30.000 × 30.000 píxeles; se aceptan imágenes de hasta 50 megapíxeles", page.QuerySelector("#Input_File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(filesBefore, factory.WithDb(db => db.Files.Count()));
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public async Task The_files_api_refuses_a_decompression_bomb_of_each_format(string format)
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(ImageHeaders.Bomb(format)), "file", "plano." + format } };

        var probe = MemoryProbe.Start();
        var response = await staff.PostAsync("/api/v1/files", form);
        probe.AssertWithinBudget(format);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("se aceptan imágenes de hasta 50 megapíxeles", await DetailAsync(response), StringComparison.Ordinal);
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }

    [Fact]
    public async Task An_image_larger_than_needed_is_stored_scaled_down_with_the_hash_of_what_is_kept()
    {
        using var bitmap = new SkiaSharp.SKBitmap(3000, 2000);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var png = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        var staff = await factory.CreateStaffClientAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(png.ToArray()), "file", "grande.png" } };

        var created = await staff.PostAsync("/api/v1/files", form);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var stored = await staff.GetByteArrayAsync($"/api/v1/files/{body.GetProperty("id").GetGuid()}");
        using var codec = SkiaSharp.SKCodec.Create(new MemoryStream(stored));
        Assert.Equal((2400, 1600), (codec.Info.Width, codec.Info.Height));
        Assert.Equal("image/png", body.GetProperty("contentType").GetString());
        Assert.Equal(stored.Length, body.GetProperty("length").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stored)), body.GetProperty("sha256").GetString());
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;
}

public sealed class SqliteHostileUploadTests(SqliteFactory factory) : HostileUploadTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileUploadTests(PostgresFactory factory) : HostileUploadTests(factory), IClassFixture<PostgresFactory>;
