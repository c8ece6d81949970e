using System.Diagnostics;
using Rinde.Tests.Infrastructure;
using SkiaSharp;

namespace Rinde.Tests.Demo;

/// <summary>
/// The demo's DOCX opens in LibreOffice (the office suite many city halls use) and converts to
/// a PDF whose pages carry the acta: its number, header, figures, and no blank page. The DOCX
/// does not depend on the database provider, so this runs once, on SQLite.
/// </summary>
public sealed class DemoDocxInLibreOfficeTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task LibreOffice_converts_the_demo_acta_to_a_pdf_whose_pages_all_print_the_acta()
    {
        var id = factory.WithDb(db => db.Exercises.Single(e => e.ActaNumber == "4112.020.14.12.56").Id);
        var docx = await factory.CreateClient().GetByteArrayAsync($"/api/v1/exercises/{id}/acta.docx");
        var dir = Directory.CreateTempSubdirectory("rinde-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "acta.docx");
            await File.WriteAllBytesAsync(input, docx);
            // A private profile: two conversions at once must not fight over ~/.config/libreoffice.
            await RunAsync("soffice", "--headless", $"-env:UserInstallation=file://{dir.FullName}/profile",
                "--convert-to", "pdf", "--outdir", dir.FullName, input);
            var pdf = Path.Combine(dir.FullName, "acta.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice no produjo el PDF.");

            var info = await RunAsync("pdfinfo", pdf);
            var pages = int.Parse(info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(pages, 15, 80);

            var text = await RunAsync("pdftotext", "-layout", pdf, "-");
            foreach (var expected in new[] { "4112.020.14.12.56", "MAGT04.03.14.12.P03.F06", "81,5 %", "29,6 %", "92,6 %", "Enviar acta al DADII" })
            {
                Assert.Contains(expected, text);
            }

            await RunAsync("pdftoppm", "-r", "20", "-png", pdf, Path.Combine(dir.FullName, "page"));
            var images = Directory.GetFiles(dir.FullName, "page*.png").Order(StringComparer.Ordinal).ToList();
            Assert.Equal(pages, images.Count);
            foreach (var image in images)
            {
                Assert.True(Ink(image) > 0.002, $"{Path.GetFileName(image)} está en blanco.");
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Share of the page's pixels that are clearly not white.</summary>
    private static double Ink(string png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 600) dark++;
            }
        }
        return (double)dark / (bitmap.Width * bitmap.Height);
    }

    private static async Task<string> RunAsync(string command, params string[] args)
    {
        var info = new ProcessStartInfo(command, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{command} terminó con {process.ExitCode}: {await error}");
        return await output;
    }
}
