using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Accounts;

/// <summary>
/// Two nodes on one PostgreSQL database, each with its own data directory: what one node signs
/// (antiforgery tokens, the sign-in cookie, bearer tokens) the other reads, because the keys
/// live in the database.
/// </summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task A_form_from_one_node_signs_in_on_the_other_and_the_cookie_works_on_both()
    {
        using var nodeA = new PostgresFactory();
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        var cookies = new CookieContainerHandler();
        var a = nodeA.CreateDefaultClient(cookies);
        var b = nodeB.CreateDefaultClient(new CookieContainerHandler(cookies.Container));

        var form = await new HtmlParser().ParseDocumentAsync(await a.GetStringAsync("/cuenta/ingresar"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var signIn = await b.PostAsync("/cuenta/ingresar", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = RindeFactory.AdminEmail,
            ["Password"] = RindeFactory.AdminPassword,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff", signIn.Headers.Location!.OriginalString);

        var staff = await a.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Fact]
    public async Task A_bearer_token_issued_by_one_node_is_accepted_by_the_other()
    {
        using var nodeA = new PostgresFactory();
        using var nodeB = PostgresFactory.SecondNodeOf(nodeA);
        var issued = await nodeA.CreateStaffClientAsync();
        var other = nodeB.CreateClient();
        other.DefaultRequestHeaders.Authorization = issued.DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await nodeB.CreateClient().GetAsync("/api/v1/users")).StatusCode);
    }
}
