using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Rinde.Features.Messages;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>Smtp__* and Rinde__PublicUrl are checked at start-up; without a server, messages become .eml files.</summary>
public sealed class MailSettingsTests
{
    [Theory]
    [InlineData("Smtp:Port", "0", "Smtp__Port debe estar entre 1 y 65535")]
    [InlineData("Smtp:From", "sin arroba", "Smtp__From «sin arroba» no es una dirección válida")]
    [InlineData("Smtp:Username", "usuario", "Smtp__Username necesita Smtp__Password")]
    [InlineData("Smtp:Host", "smtp servidor\r\n", "Smtp__Host")]
    [InlineData("Rinde:PublicUrl", "javascript:alert(1)", "Rinde__PublicUrl «javascript:alert(1)» debe ser una dirección absoluta http(s)")]
    [InlineData("Rinde:PublicUrl", "/relativa", "Rinde__PublicUrl")]
    public void Invalid_mail_settings_stop_the_start_with_a_spanish_message(string key, string value, string message)
    {
        using var factory = new SqliteFactory();
        factory.Settings[key] = value;
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains(message, error.ToString());
    }

    [Fact]
    public void An_unknown_security_mode_stops_the_start()
    {
        using var factory = new SqliteFactory();
        factory.Settings["Smtp:Security"] = "Tls13";
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public async Task Without_an_smtp_host_messages_are_written_as_eml_files_and_shown_on_the_outbox_page()
    {
        using var factory = new SqliteFactory();
        var exerciseId = TestExercises.Create(factory, TestExercises.Tomorrow);
        var response = await factory.CreateClient().PostAsJsonAsync($"/api/v1/exercises/{exerciseId}/questions",
            new { text = "¿Pregunta para el archivo?", email = "demo@correo.co", consent = true });
        response.EnsureSuccessStatusCode();
        var folder = Path.Combine(factory.DataDir, "mail");
        await LoopbackSmtp.UntilAsync(() => Directory.Exists(folder) && Directory.GetFiles(folder, "*.eml").Length == 1, TimeSpan.FromSeconds(20), ".eml escrito");
        var message = await MimeMessage.LoadAsync(Directory.GetFiles(folder, "*.eml").Single());
        var row = await factory.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync());
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Equal("demo@correo.co", message.To.Mailboxes.Single().Address);
        Assert.Contains("http://localhost:5000/ejercicios/", message.TextBody);
        await LoopbackSmtp.UntilAsync(() => factory.WithDb(db => db.Set<OutboxMessage>().Single().State) == OutboxState.Enviado,
            TimeSpan.FromSeconds(10), "marcado como enviado");

        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await StaffSignIn.SignInAsync(browser);
        var page = await browser.GetStringAsync("/staff/correo");
        Assert.Contains("se guardan como archivos .eml", page);
        Assert.Contains("demo@correo.co", page);
    }
}
