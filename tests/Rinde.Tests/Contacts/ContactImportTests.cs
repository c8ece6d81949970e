using System.Net;
using Rinde.Features.Messages;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.Contacts.ContactSetup;

namespace Rinde.Tests.Contacts;

/// <summary>Grupos de valor: a CSV or XLSX becomes a list, deduplicated by address, with the rows it refused and why.</summary>
public abstract class ContactImportTests(RindeFactory factory)
{
    [Fact]
    public async Task A_csv_is_imported_deduplicated_by_address_with_each_rejected_row_and_its_reason()
    {
        var (list, _) = NewList(factory);
        var gone = $"baja.{Guid.NewGuid():N}@correo.co";
        factory.WithDb(db => { db.Add(new MailSuppression { Address = gone, At = DateTime.UtcNow }); return db.SaveChanges(); });
        var staff = await factory.CreateStaffClientAsync();
        var body = await ImportOkAsync(staff, list, Csv(
            "Ana Gómez, Ana.Gomez@Correo.co ,JAC El Limonar,Juntas de acción comunal,2026-03-01,Formulario de inscripción\n" +
            "Luis Pérez,luis@correo.co,Asocomunal,Organizaciones sociales,15/02/2026,\n" +
            "Ana otra vez,ana.gomez@correo.co,JAC,Juntas,2026-03-01,Llamada\n" +
            "Sin correo,,X,Y,2026-03-01,Z\n" +
            "Mal correo,ana@@correo,X,Y,2026-03-01,Z\n" +
            "Sin consentimiento,sin@correo.co,X,Y,,Z\n" +
            $"Dada de baja,{gone.ToUpperInvariant()},X,Y,2026-03-01,Z\n"));

        Assert.Equal(2, body.GetProperty("imported").GetInt32());
        Assert.Equal(0, body.GetProperty("updated").GetInt32());
        var reasons = Reasons(body);
        Assert.Equal(5, reasons.Length);
        Assert.StartsWith("4: ana.gomez@correo.co ya aparece en la fila 2", reasons[0]);
        Assert.StartsWith("5: Falta el correo electrónico", reasons[1]);
        Assert.StartsWith("6: «ana@@correo» no es una dirección de correo válida", reasons[2]);
        Assert.StartsWith("7: Falta la fecha de consentimiento", reasons[3]);
        Assert.StartsWith($"8: {gone} pidió no recibir más mensajes", reasons[4]);

        var contacts = ContactsOf(factory, list);
        Assert.Equal(["ana.gomez@correo.co", "luis@correo.co"], contacts.Select(c => c.Email));
        Assert.Equal(("Ana Gómez", "JAC El Limonar", "Juntas de acción comunal", new DateOnly(2026, 3, 1), "Formulario de inscripción"),
            (contacts[0].Name, contacts[0].Organisation, contacts[0].GroupType, contacts[0].ConsentDate, contacts[0].ConsentSource));
        Assert.Equal(new DateOnly(2026, 2, 15), contacts[1].ConsentDate);

        // Again, with a changed organisation: the same address updates its contact.
        var again = await ImportOkAsync(staff, list, Csv("Ana Gómez,ANA.GOMEZ@correo.co,JAC Limonar,Juntas,2026-03-02,Taller\nNueva,nueva@correo.co,,,2026-01-01,\n"));
        Assert.Equal((1, 1), (again.GetProperty("imported").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal("JAC Limonar", ContactsOf(factory, list).Single(c => c.Email == "ana.gomez@correo.co").Organisation);
        Assert.Equal(3, ContactsOf(factory, list).Count);
    }

    [Fact]
    public async Task An_xlsx_with_its_columns_in_another_order_is_imported()
    {
        var (list, _) = NewList(factory);
        using var xlsx = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(xlsx, new[]
        {
            new Dictionary<string, object> { ["Correo"] = "marta@correo.co", ["Nombre"] = "Marta", ["Consentimiento"] = new DateTime(2025, 11, 3), ["Entidad"] = "Veeduría" },
            new Dictionary<string, object> { ["Correo"] = "no es correo", ["Nombre"] = "X", ["Consentimiento"] = new DateTime(2025, 11, 3), ["Entidad"] = "" },
        });
        var body = await ImportOkAsync(await factory.CreateStaffClientAsync(), list, xlsx.ToArray(), "contactos.xlsx");
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        Assert.StartsWith("3: «no es correo» no es una dirección", Reasons(body).Single());
        var marta = ContactsOf(factory, list).Single();
        Assert.Equal(("Marta", "Veeduría", new DateOnly(2025, 11, 3)), (marta.Name, marta.Organisation, marta.ConsentDate));
    }

    [Fact]
    public async Task The_page_previews_the_file_and_imports_only_once_confirmed()
    {
        var (list, _) = NewList(factory, "Veedurías");
        var browser = await StaffBrowser.SignInAsync(factory);
        var response = await browser.SubmitAsync($"/staff/contactos/{list}", [], "Preview",
            ("archivo", "contactos.csv", Csv("Pedro,pedro@correo.co,Veeduría,Veedurías,2026-01-10,Correo\nMal,mal,,,2026-01-10,\n")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffBrowser.ParseAsync(response);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("1 contactos nuevos", text);
        Assert.Contains("Fila 3: «mal» no es una dirección de correo válida.", text);
        Assert.Empty(ContactsOf(factory, list));

        var action = page.QuerySelector("form[action*=Import]")!.GetAttribute("action")!;
        var confirmed = await browser.SubmitAsync(page, "form[action*=Import]", action);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Contains("Se importaron 1 contactos nuevos", (await browser.GetAsync(confirmed.Headers.Location!.OriginalString)).QuerySelector("main")!.TextContent);
        // The preview's file is gone once confirmed: a second confirmation imports nothing.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await browser.SubmitAsync(page, "form[action*=Import]", action)).StatusCode);
        Assert.Equal("pedro@correo.co", ContactsOf(factory, list).Single().Email);
        var lists = await browser.GetAsync("/staff/contactos");
        Assert.Contains("Veedurías", lists.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_list_of_another_dependency_does_not_exist_for_its_staff()
    {
        var (list, _) = NewList(factory);
        var exercise = TestExercises.Create(factory, TestExercises.Tomorrow);
        var outsider = await StaffBrowser.SignInColleagueAsync(factory, exercise);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync($"/staff/contactos/{list}")).StatusCode);
        var refused = await ImportAsync(outsider.Client, list.ToString(System.Globalization.CultureInfo.InvariantCulture), Csv("A,a@correo.co,,,2026-01-01,\n"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("no es de sus dependencias", await refused.Content.ReadAsStringAsync());
        Assert.Empty(ContactsOf(factory, list));
    }
}

public sealed class SqliteContactImportTests(SqliteFactory factory) : ContactImportTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresContactImportTests(PostgresFactory factory) : ContactImportTests(factory), IClassFixture<PostgresFactory>;
