namespace Rinde.Tests.Infrastructure;

public static class StaffSignIn
{
    /// <summary>Signs in through the real form; the client must keep cookies.</summary>
    public static async Task SignInAsync(HttpClient client, string email = RindeFactory.AdminEmail, string password = RindeFactory.AdminPassword)
    {
        var page = await client.GetDocumentAsync("/cuenta/ingresar");
        var response = await client.SubmitAsync(page, "form[method=post]",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, "/cuenta/ingresar");
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("No se pudo ingresar: " + response.StatusCode);
        }
    }

    /// <summary>Creates a staff member of the exercise's dependency through the users API; returns how they sign in.</summary>
    public static async Task<(string Email, string Password)> CreateColleagueAsync(RindeFactory factory, int exerciseId, string role = "articulador")
    {
        var admin = await factory.CreateStaffClientAsync();
        var email = $"{role}-{Guid.NewGuid():N}@pruebas.gov.co";
        const string password = "Clave-Colega-2026";
        var code = factory.WithDb(db => db.Exercises.Where(e => e.Id == exerciseId).Select(e => e.Dependency.Code).Single());
        var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(admin, "/api/v1/users",
            new { email, password, name = "Colega de prueba", roles = new[] { role }, dependencies = new[] { code } });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        return (email, password);
    }
}
