using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Rinde.Data;
using Rinde.Tests.Infrastructure;

namespace Rinde.Bench;

/// <summary>
/// Grupos de valor at scale, on SQLite: importing a CSV of N contacts through the API, then an
/// invitation to all of them through a loopback SMTP server (job → outbox → sender), next to a
/// bare MailKit loop sending N messages of the same size over one connection to the same server.
/// </summary>
public static class InvitationsBench
{
    public static async Task RunAsync(int contacts)
    {
        var smtp = new LoopbackSmtp().Start();
        var environment = BenchServer.Environment(null);
        foreach (var (key, value) in smtp.Settings) environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        environment["Invitations__BatchSize"] = "500";
        environment["Invitations__MessagesPerMinute"] = "1000000";
        environment["Outbox__BatchSize"] = "200";
        environment["Digest__Hour"] = "24";
        using var server = new RindeProcess(environment);
        await server.StartAsync();
        int exercise, list;
        await using (RindeDbContext db = new SqliteRindeDbContext(new DbContextOptionsBuilder<SqliteRindeDbContext>()
            .UseSqlite($"Data Source={Path.Combine(environment["RINDE_DATA_DIR"], "rinde.db")}").Options))
        {
            exercise = await BenchServer.CreateExerciseAsync(db);
            var contactList = new Rinde.Features.Contacts.ContactList
            {
                DependencyId = await db.Exercises.Where(e => e.Id == exercise).Select(e => e.DependencyId).SingleAsync(), Name = "Medición", CreatedAt = DateTime.UtcNow,
            };
            db.Add(contactList);
            await db.SaveChangesAsync();
            list = contactList.Id;
        }
        using var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await BenchServer.TokenAsync(client));

        var csv = new StringBuilder("Nombre,Correo electrónico,Organización,Tipo de grupo,Fecha de consentimiento,Fuente del consentimiento\n");
        for (var i = 0; i < contacts; i++) csv.Append(CultureInfo.InvariantCulture, $"Contacto {i},contacto{i}@grupos.example.co,Organización {i % 50},Juntas,2026-01-01,Taller\n");
        var import = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(csv.ToString())), "file", "contactos.csv" }, { new StringContent(list.ToString(CultureInfo.InvariantCulture)), "list" } };
        var imported = await client.PostAsync("/api/v1/contacts/import", form);
        imported.EnsureSuccessStatusCode();
        import.Stop();
        Console.WriteLine($"Importar {contacts} contactos (CSV, API, SQLite): {import.Elapsed.TotalSeconds:0.00} s");

        var peak = 0L;
        var sending = Stopwatch.StartNew();
        var posted = await client.PostAsJsonAsync($"/api/v1/exercises/{exercise}/invitations",
            new { lists = new[] { list }, subject = "Invitación: {ejercicio} · {fecha}", body = Rinde.Features.Invitations.InvitationText.DefaultBody });
        posted.EnsureSuccessStatusCode();
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        while (smtp.Messages.Count < contacts)
        {
            using var process = Process.GetProcessById(server.ProcessId);
            peak = Math.Max(peak, process.PeakWorkingSet64);
            await Task.Delay(100);
        }
        sending.Stop();
        var sample = smtp.Messages.First().Message;
        var rate = contacts / sending.Elapsed.TotalSeconds;
        Console.WriteLine($"Invitación a {contacts} contactos por Rinde (trabajo → bandeja → SMTP): {sending.Elapsed.TotalSeconds:0.0} s, {rate:0} mensajes/s, memoria máxima del proceso {peak / (1024 * 1024)} MB");
        Console.WriteLine($"Estado: {await client.GetStringAsync($"/api/v1/invitations/{id}")}");

        // The bare loop: the same message, re-addressed, over one MailKit connection.
        var before = smtp.Messages.Count;
        var bare = Stopwatch.StartNew();
        var memory = GC.GetTotalMemory(false);
        using (var mailkit = new SmtpClient())
        {
            await mailkit.ConnectAsync("127.0.0.1", smtp.Port, SecureSocketOptions.None);
            for (var i = 0; i < contacts; i++)
            {
                sample.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId();
                sample.To.Clear();
                sample.To.Add(MailboxAddress.Parse($"contacto{i}@grupos.example.co"));
                await mailkit.SendAsync(sample);
            }
            await mailkit.DisconnectAsync(true);
        }
        bare.Stop();
        var bareRate = contacts / bare.Elapsed.TotalSeconds;
        Console.WriteLine($"Bucle de MailKit solo, {smtp.Messages.Count - before} mensajes: {bare.Elapsed.TotalSeconds:0.0} s, {bareRate:0} mensajes/s, memoria administrada +{(GC.GetTotalMemory(false) - memory) / (1024 * 1024)} MB");
        Console.WriteLine($"Rinde / bucle: {rate / bareRate:0.00}×");
        await smtp.StopAsync();
    }
}
