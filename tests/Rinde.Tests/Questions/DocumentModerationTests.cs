using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Rinde.Features.Questions;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Questions;

/// <summary>Issue 8, point 16, and moderation surviving the exercise document's round trip.</summary>
public abstract class DocumentModerationTests(RindeFactory factory)
{
    [Fact]
    public async Task A_posted_question_without_answer_or_deadline_gets_the_legal_deadline()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "a.png");
        var document = RichDocument.Build("DL" + Guid.NewGuid().ToString("N")[..6], image, questions: 4);
        var fourth = document["questions"]![3]!.AsObject(); // a queja without answer
        fourth.Remove("deadline");
        var id = await ExerciseDocumentTests.PostAsync(staff, document);
        var (date, deadline) = factory.WithDb(db => (db.Exercises.Single(e => e.Id == id).Date,
            db.CitizenQuestions.Single(q => q.ExerciseId == id && q.Number == 4).Deadline));
        Assert.Equal(QuestionDeadlines.DueDate(QuestionType.Queja, date), deadline);
    }

    [Fact]
    public async Task Putting_the_document_back_keeps_hidden_hidden_merged_merged_and_the_follow_codes()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "a.png");
        var id = await ExerciseDocumentTests.PostAsync(staff, RichDocument.Build("MC" + Guid.NewGuid().ToString("N")[..6], image, questions: 4));
        var before = factory.WithDb(db =>
        {
            var qs = db.CitizenQuestions.Where(q => q.ExerciseId == id).OrderBy(q => q.Number).ToList();
            qs[0].Hidden = true;
            qs[0].HiddenReason = "Ofensiva";
            qs[2].MergedIntoId = qs[1].Id;
            db.SaveChanges();
            return qs.ToDictionary(q => q.Number, q => q.FollowCode);
        });
        var json = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", json)).StatusCode);

        var after = factory.WithDb(db => db.CitizenQuestions.Where(q => q.ExerciseId == id).OrderBy(q => q.Number).ToList());
        Assert.True(after[0].Hidden);
        Assert.Equal("Ofensiva", after[0].HiddenReason);
        Assert.Equal(after[1].Id, after[2].MergedIntoId);
        Assert.All(after, q => Assert.Equal(before[q.Number], q.FollowCode));
        var api = await factory.CreateClient().GetStringAsync($"/api/v1/exercises/{id}/questions/public");
        Assert.DoesNotContain("¿Pregunta 1?", api);
        Assert.DoesNotContain("¿Pregunta 3?", api);
    }
}

public sealed class SqliteDocumentModerationTests(SqliteFactory factory) : DocumentModerationTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresDocumentModerationTests(PostgresFactory factory) : DocumentModerationTests(factory), IClassFixture<PostgresFactory>;
