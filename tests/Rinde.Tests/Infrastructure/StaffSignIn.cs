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
}
