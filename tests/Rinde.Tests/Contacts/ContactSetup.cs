using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rinde.Features.Contacts;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Contacts;

/// <summary>Lists, files and imports for the grupos de valor tests.</summary>
public static class ContactSetup
{
    public const string Header = "Nombre,Correo electrónico,Organización,Tipo de grupo,Fecha de consentimiento,Fuente del consentimiento\n";

    /// <summary>A new list of a new dependency; its id and the dependency's code.</summary>
    public static (int List, string Dependency) NewList(RindeFactory factory, string name = "Juntas de acción comunal") => factory.WithDb(db =>
    {
        var code = "GV" + Guid.NewGuid().ToString("N")[..6];
        var dependency = new Rinde.Features.Dependencies.Dependency { Code = code, Name = "Secretaría " + code };
        var list = new ContactList { Dependency = dependency, Name = name, CreatedAt = DateTime.UtcNow };
        db.Add(list);
        db.SaveChanges();
        return (list.Id, code);
    });

    public static byte[] Csv(string rows) => Encoding.UTF8.GetBytes(Header + rows);

    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string list, byte[] file, string name = "contactos.csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync("/api/v1/contacts/import", new MultipartFormDataContent { { content, "file", name }, { new StringContent(list), "list" } });
    }

    public static async Task<JsonElement> ImportOkAsync(HttpClient client, int list, byte[] file, string name = "contactos.csv")
    {
        var response = await ImportAsync(client, list.ToString(System.Globalization.CultureInfo.InvariantCulture), file, name);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static List<Contact> ContactsOf(RindeFactory factory, int list) =>
        factory.WithDb(db => db.Set<Contact>().Where(c => c.ContactListId == list).OrderBy(c => c.Email).ToList());

    public static string[] Reasons(JsonElement body) =>
        body.GetProperty("rejected").EnumerateArray().Select(r => $"{r.GetProperty("row").GetInt32()}: {r.GetProperty("reason").GetString()}").ToArray();
}
