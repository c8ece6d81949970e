using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Rinde.Tests.Acta;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Exercises;

/// <summary>An exercise entered through the API gets an acta made of its own data, not the demo's.</summary>
public abstract class ApiExerciseActaTests(RindeFactory factory)
{
    [Fact]
    public async Task Forty_questions_other_offices_themes_and_survey_give_their_own_acta()
    {
        var staff = await factory.CreateStaffClientAsync();
        var image = await ExerciseDocumentTests.UploadAsync(staff, ExerciseDocumentTests.Png, "mapa.png");
        var posted = await staff.PostAsJsonAsync("/api/v1/exercises", RichDocument.Build("AC" + Guid.NewGuid().ToString("N")[..6], image, questions: 40));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();

        var docx = DocxContent.Read(await staff.GetByteArrayAsync($"/api/v1/exercises/{id}/acta.docx"));
        Assert.Empty(docx.Errors);
        Assert.Contains("Alcaldía de Prueba", docx.Header);
        Assert.DoesNotContain("Secretaría de Gobierno", docx.Body);
        Assert.Contains("Oficina de Tránsito", docx.Body);
        Assert.Contains("¿Pregunta 40?", docx.Body);
        // Themes: «Vías» for every third question (13 of 40), «Tránsito» for the rest (27).
        Assert.Contains("32,5 %", docx.Body);
        Assert.Contains("67,5 %", docx.Body);
        // Every fourth question was left for a written answer: 30 of 40 answered live.
        Assert.Contains("75,0 %", docx.Body);
        // By channel (all from the stream's chat) and by type (half «Queja»), with their tables.
        Assert.Contains("Chat de la transmisión", docx.Body);
        Assert.Contains("Queja", docx.Body);
        // Survey: one «Excelente», one «Buena».
        Assert.Contains("50,0 %", docx.Body);
        Assert.Contains("$1.752.560.630", docx.Body);
        Assert.True(docx.Images >= 3, $"Solo {docx.Images} imágenes.");

        var html = await staff.GetStringAsync($"/api/v1/exercises/{id}/acta.html");
        Assert.Contains("32,5 %", html);
        Assert.Contains("¿Pregunta 40?", html);
    }
}

public sealed class SqliteApiExerciseActaTests(SqliteFactory factory) : ApiExerciseActaTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresApiExerciseActaTests(PostgresFactory factory) : ApiExerciseActaTests(factory), IClassFixture<PostgresFactory>;
