using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Rinde.Tests.Exercises;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Audit;

/// <summary>Nothing of an exercise is hard-deleted: removed rows are marked, hidden, and logged.</summary>
public abstract class SoftDeleteTests(RindeFactory factory)
{
    [Fact]
    public async Task Replaced_questions_stay_in_the_database_marked_and_their_numbers_can_be_reused()
    {
        var staff = await factory.CreateStaffClientAsync();
        var code = "SD" + Guid.NewGuid().ToString("N")[..6];
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "s.png");
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build(code, image, questions: 3));
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var document = JsonNode.Parse(await staff.GetStringAsync($"/api/v1/exercises/{id}"))!;
        document["questions"]![0]!["text"] = "¿Pregunta 1 reescrita?";
        (await staff.PutAsJsonAsync($"/api/v1/exercises/{id}", document)).EnsureSuccessStatusCode();

        factory.WithDb(db =>
        {
            var all = db.CitizenQuestions.IgnoreQueryFilters().Where(q => q.ExerciseId == id).ToList();
            Assert.Equal(6, all.Count);
            Assert.Equal(3, db.CitizenQuestions.Count(q => q.ExerciseId == id));
            Assert.Equal(3, db.CitizenQuestions.IgnoreQueryFilters().Count(q => q.ExerciseId == id && EF.Property<DateTime?>(q, "DeletedAt") != null));
            Assert.Contains(db.CitizenQuestions, q => q.ExerciseId == id && q.Text == "¿Pregunta 1 reescrita?");
            Assert.True(db.AuditEntries.Any(a => a.Entity == "CitizenQuestion" && a.Action == "eliminado" && a.Before!.Contains("¿Pregunta 1?")));
            return 0;
        });
    }
}

public sealed class SqliteSoftDeleteTests(SqliteFactory factory) : SoftDeleteTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresSoftDeleteTests(PostgresFactory factory) : SoftDeleteTests(factory), IClassFixture<PostgresFactory>;
