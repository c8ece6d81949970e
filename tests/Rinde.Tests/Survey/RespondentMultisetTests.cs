using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Survey;

/// <summary>
/// Issue 8, point 15: the import keeps every respondent. Two people who sent the same answers in
/// the same second are two responses; a file is compared with what the exercise holds as a
/// multiset; Microsoft Forms' `Id` tells respondents apart.
/// </summary>
public abstract class RespondentMultisetTests(RindeFactory factory)
{
    private static readonly SurveyFileRow A = SurveyFiles.Rows[0], B = SurveyFiles.Rows[1], C = SurveyFiles.Rows[2];

    private static Task<(int Imported, int Skipped)> ImportAsync(HttpClient staff, int exerciseId, byte[] bytes, string name) =>
        SurveySetup.ImportCountsAsync(staff, exerciseId, bytes, name);

    [Fact]
    public async Task Same_second_same_answers_are_two_responses_and_a_longer_export_adds_only_what_is_new()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        Assert.Equal((3, 0), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, B]), "primera.csv"));
        Assert.Equal(3, await SurveySetup.CountAsync(factory, id));
        // The same file again adds nothing.
        Assert.Equal((0, 3), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, B]), "primera-otra-vez.csv"));
        // A later export (the Sheet's shape, the same responses and more): one more A, and C.
        Assert.Equal((2, 3), await ImportAsync(staff, id, SurveyFiles.GoogleSheet([A, A, A, B, C]), "despues.csv"));
        Assert.Equal(5, await SurveySetup.CountAsync(factory, id));
        Assert.Equal((0, 5), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, A, B, C]), "despues-otra-vez.csv"));
        Assert.Equal((0, 3), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, B]), "primera-de-nuevo.csv"));

        var stored = await SurveySetup.ResponsesAsync(factory, id);
        Assert.Equal(3, stored.Count(r => r.SubmittedAt == stored.Min(s => s.SubmittedAt)));
        // Each copy has a key of its own, so the exercise's keys stay unique.
        Assert.Equal(5, stored.Select(r => r.ImportKey).Distinct().Count());
    }

    [Fact]
    public async Task Repeated_respondents_far_in_a_large_file_read_in_parallel_are_all_kept()
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        var rows = SurveyFiles.Many(7_000);
        // Past the rows read first, three people answer alike in one second.
        rows.InsertRange(6_500, [rows[6_500], rows[6_500]]);
        Assert.Equal((7_002, 0), await ImportAsync(staff, id, SurveyFiles.GoogleSheet(rows), "grande.csv"));
        Assert.Equal((0, 7_002), await ImportAsync(staff, id, SurveyFiles.GoogleDownload(rows), "grande-otra-vez.csv"));
        Assert.Equal(7_002, await SurveySetup.CountAsync(factory, id));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Microsoft_Forms_ids_tell_respondents_apart_and_a_later_workbook_adds_only_new_ids(bool english)
    {
        var staff = await factory.CreateStaffClientAsync();
        var id = TestExercises.Create(factory, TestExercises.Tomorrow);
        Assert.Equal((3, 0), await ImportAsync(staff, id, SurveyFiles.MicrosoftForms(english, [A, A, B]), "forms.xlsx"));
        Assert.Equal((0, 3), await ImportAsync(staff, id, SurveyFiles.MicrosoftForms(english, [A, A, B]), "forms-otra-vez.xlsx"));
        // The later workbook: ids 1-3 as before, 4 answers like 1 in the same second, 5 is new.
        Assert.Equal((2, 3), await ImportAsync(staff, id, SurveyFiles.MicrosoftForms(english, [A, A, B, A, C]), "forms-despues.xlsx"));
        Assert.Equal(5, await SurveySetup.CountAsync(factory, id));
        // The Id is the respondent: the same rows numbered otherwise are other people.
        Assert.Equal((3, 0), await ImportAsync(staff, id, SurveyFiles.MicrosoftForms(english, [A, A, B], i => 100 + i), "forms-otros.xlsx"));
        Assert.Equal(8, await SurveySetup.CountAsync(factory, id));
    }

    [Fact]
    public async Task The_document_round_trip_keeps_every_copy_and_a_reimport_still_adds_nothing()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "mapa.png");
        var id = await ExerciseDocumentTests.PostAsync(staff, RichDocument.Build("RM" + Guid.NewGuid().ToString("N")[..6], image));
        var before = await SurveySetup.CountAsync(factory, id);
        Assert.Equal((3, 0), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, B]), "copias.csv"));

        var json = await staff.GetStringAsync($"/api/v1/exercises/{id}");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", JsonNode.Parse(json))).StatusCode);
        Assert.Equal(before + 3, await SurveySetup.CountAsync(factory, id));
        Assert.Equal((0, 3), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, B]), "copias-otra-vez.csv"));
        Assert.Equal((1, 3), await ImportAsync(staff, id, SurveyFiles.GoogleDownload([A, A, A, B]), "copias-mas.csv"));
    }
}

public sealed class SqliteRespondentMultisetTests(SqliteFactory factory) : RespondentMultisetTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresRespondentMultisetTests(PostgresFactory factory) : RespondentMultisetTests(factory), IClassFixture<PostgresFactory>;
