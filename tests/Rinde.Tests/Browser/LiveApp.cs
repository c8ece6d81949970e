using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Browser;

/// <summary>
/// Rinde on a real Kestrel port (SQLite) and Debian's Chromium driven by Playwright. The
/// README's test command installs chromium; without it these tests fail, they do not skip.
/// </summary>
public sealed class LiveApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public SqliteFactory Factory { get; } = new();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Assertions.SetDefaultExpectTimeout(20_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A page of a browser of its own; javaScript: false is a browser with scripts turned off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl, Locale = "es-CO", ViewportSize = new() { Width = 1280, Height = 900 }, JavaScriptEnabled = javaScript,
        });
        // CI shares 2 cores with the server and the browser: be patient rather than flaky.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInStaffPageAsync(string email = RindeFactory.AdminEmail, string password = RindeFactory.AdminPassword, bool javaScript = true)
    {
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/cuenta/ingresar");
        await page.GetByLabel("Correo electrónico").FillAsync(email);
        await page.GetByLabel("Contraseña").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingresar" }).ClickAsync();
        try
        {
            // A polling assertion, not WaitForURL: when the redirect to /staff committed between
            // WaitForURL's look at the address and its wait for the next navigation, it waited in
            // vain for a minute on a page already signed in (seen under CI load).
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/?$"));
        }
        catch (PlaywrightException)
        {
            throw new InvalidOperationException("No se pudo ingresar: " + await page.Locator("main").InnerTextAsync());
        }
        return page;
    }

    /// <summary>A second staff member (articulador of the exercise's dependency) in a browser of their own.</summary>
    public async Task<IPage> SignedInColleaguePageAsync(int exerciseId)
    {
        var (email, password) = await StaffSignIn.CreateColleagueAsync(Factory, exerciseId);
        return await SignedInStaffPageAsync(email, password);
    }

    /// <summary>With RINDE_SCREENSHOTS=/some/dir, saves a full-page PNG to look at.</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("RINDE_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Factory.DisposeAsync();
    }
}
