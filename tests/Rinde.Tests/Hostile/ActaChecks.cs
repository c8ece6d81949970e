using System.Net;
using Rinde.Tests.Acta;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Hostile;

public static class ActaChecks
{
    /// <summary>After the attack, the exercise's acta still generates (DOCX valid, HTML served).</summary>
    public static async Task AssertActaGeneratesAsync(RindeFactory factory, int exerciseId)
    {
        var staff = await factory.CreateStaffClientAsync();
        var docx = await staff.GetAsync($"/api/v1/exercises/{exerciseId}/acta.docx");
        Assert.True(docx.StatusCode == HttpStatusCode.OK, await docx.Content.ReadAsStringAsync());
        Assert.Empty(DocxContent.Read(await docx.Content.ReadAsByteArrayAsync()).Errors);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/exercises/{exerciseId}/acta.html")).StatusCode);
    }
}
