using Rinde.Tests.Infrastructure;
using Rinde.Tests.Survey;

namespace Rinde.Tests.Hostile;

/// <summary>
/// Microsoft Forms' `Id` is part of the import key (issue 8, point 15): hostile values in it
/// (control characters, a long cell, a formula, a date, blanks) are hashed, never stored, never
/// an answer, and a re-import still finds every response.
/// </summary>
public abstract class HostileSurveyIdTests(RindeFactory factory)
{
    private static readonly SurveyFileRow A = SurveyFiles.Rows[0];

    private static readonly object?[] Ids =
    [
        "\u0001\u001b\uFFFE", new string('9', 20_000), "=HYPERLINK(\"javascript:alert(1)\")", new DateTime(2021, 11, 17), null, "   ", -1.5,
    ];

    private static Task<(int Imported, int Skipped)> ImportAsync(HttpClient staff, int id, byte[] bytes) =>
        SurveySetup.ImportCountsAsync(staff, id, bytes, "forms.xlsx");

    [Fact]
    public async Task Hostile_ids_are_only_hashed_and_a_reimport_adds_nothing()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var file = SurveyFiles.MicrosoftForms(false, Enumerable.Repeat(A, Ids.Length), i => Ids[i]);
        // Seven people answered alike in one second; the two blank ids are two copies without an id.
        Assert.Equal((7, 0), await ImportAsync(staff, id, file));
        Assert.Equal((0, 7), await ImportAsync(staff, id, file));
        var stored = await SurveySetup.ResponsesAsync(factory, id);
        Assert.Equal(7, stored.Select(r => r.ImportKey).Distinct().Count());
        var texts = stored.SelectMany(r => r.Answers).Select(a => a.Text ?? "").ToList();
        Assert.DoesNotContain(texts, t => t.Contains("HYPERLINK", StringComparison.Ordinal) || t.Contains('\u0001') || t.Length > 1000);
        Assert.DoesNotContain(SurveySetup.QuestionsOf(factory, id), q => q.Text is "Id" or "ID");
        await ActaChecks.AssertActaGeneratesAsync(factory, id);
    }
}

public sealed class SqliteHostileSurveyIdTests(SqliteFactory factory) : HostileSurveyIdTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresHostileSurveyIdTests(PostgresFactory factory) : HostileSurveyIdTests(factory), IClassFixture<PostgresFactory>;
