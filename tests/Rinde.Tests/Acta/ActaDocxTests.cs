using System.Net;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta;

public abstract class ActaDocxTests(RindeFactory factory)
{
    [Fact]
    public async Task The_docx_is_valid_and_prints_the_seed_exercise_in_the_official_format()
    {
        var id = await TestExercise.SeedLikeAsync(factory);
        var client = await factory.CreateStaffClientAsync();
        var response = await client.GetAsync($"/api/v1/exercises/{id}/acta.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        Assert.Matches(@"^acta-T[0-9a-f]{7}\.020\.14\.12\.56\.docx$", fileName.Trim('"'));

        var docx = DocxContent.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.True(docx.Errors.Count == 0, string.Join("\n", docx.Errors.Distinct().Take(15)));
        foreach (var text in new[] { "MAGT04.03.14.12.P03.F06", "VERSIÓN", "FECHA DE ENTRADA EN VIGENCIA", "29/sep/2020", "ACTA DE REUNIÓN", "GESTIÓN DOCUMENTAL" })
        {
            Assert.Contains(text, docx.Header);
        }
        Assert.Contains("Página", docx.Footer);
        var body = docx.Body;
        Assert.Contains(".020.14.12.56", body);
        Assert.Contains("ACTA No. T", body);
        Assert.Contains("FECHA:\n17/nov/2021", body);
        Assert.Contains("HORA INICIAL:\n09:00 am", body);
        Assert.Contains("AUSENTES: N.A", body);
        Assert.Contains("TEMAS SECRETARÍA DE GOBIERNO", body);
        Assert.Contains("TEMAS OFICINA DE RELACIONES Y COOPERACIÓN", body);
        Assert.Contains("El número máximo de espectadores en vivo fue de (70) personas.", body);
        Assert.Contains("Fuente: Facebook live Secretaría de Gobierno", body);
        Assert.Contains("5.2 EJECUCIÓN PRESUPUESTAL", body);
        Assert.Contains("$1.752.560.630", body);
        Assert.Contains("77,0 %", body);

        // Questions with askers and answers (internal rendering: every name).
        Assert.Contains(TestExercise.HiddenCitizen, body);
        Assert.Contains("Anónimo", body);
        Assert.Contains("Ciudadano Número 2", body);
        Assert.Contains("Respuesta a la pregunta 14.", body);

        // Computed figures.
        Assert.Contains("El 81,5 % de los encuestados calificó la actividad de Rendición de Cuentas de éste organismo como Excelente y el 18,5 % como Bueno.", body);
        Assert.Contains("29,6 %", body);
        Assert.Contains("70,4 %", body);
        Assert.Contains("92,6 %", body);
        Assert.Contains("35,7 %", body);
        Assert.True(DocxContent.Count(body, "21,4 %") >= 3, "equal counts print equal percentages");
        Assert.Contains("Los porcentajes se redondearon a un decimal; por eso su suma es 99,9 % y no 100 %.", body);
        Assert.Contains("Cada persona podía elegir varias opciones", body);
        Assert.Contains("se dio respuesta al 100,0 % durante la transmisión", body);
        Assert.Contains("RESPONSABILIDAD: No quedaron compromisos pendientes con los asistentes para dar respuesta a sus inquietudes, dado que el 100,0 % de las preguntas fueron contestadas durante la transmisión.", body);
        Assert.Contains("Fácil de entender y clara, con datos", body);

        // DOFA, commitments, signatures, annexes.
        Assert.Contains("Cronograma definido con responsables y fechas de compromisos.", body);
        Assert.Contains("FO1: Planear la rendición de cuentas", body);
        Assert.Contains("DO1: Diseñar los videos con subtítulos.", body);
        Assert.Contains("DA1: Contar con otra persona", body);
        Assert.Contains("TAREAS Y COMPROMISOS ESTABLECIDOS EN ESTA REUNIÓN", body);
        Assert.Contains("24/nov/2021", body);
        Assert.Contains("1/dic/2021", body);
        Assert.Contains("NHORA MONDRAGÓN ORTIZ", body);
        Assert.Contains("LUZ MARINA CUELLAR", body);
        Assert.Contains("NOTA: Se anexa listado de asistencia compuesto por tres (3) folios.", body);
        Assert.Contains("Elaboró: Monica Mesa", body);
        Assert.Contains("Presentación de la R.C", body);

        // Evidence, report image and charts (themes + five closed survey questions).
        Assert.True(docx.Images >= 8, $"{docx.Images} images");
    }

    [Fact]
    public async Task A_second_exercise_gets_its_own_sections_tables_and_percentages()
    {
        await TestExercise.SeedLikeAsync(factory);
        var id = await TestExercise.LargeAsync(factory);
        var client = await factory.CreateStaffClientAsync();
        var response = await client.GetAsync($"/api/v1/exercises/{id}/acta.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"acta-borrador-{id}.docx", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var docx = DocxContent.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.True(docx.Errors.Count == 0, string.Join("\n", docx.Errors.Distinct().Take(15)));
        var body = docx.Body;
        Assert.Contains("(sin número: borrador)", body);
        Assert.Contains("TEMAS " + TestExercise.LargeOffice.ToUpperInvariant(), body);
        Assert.DoesNotContain("TEMAS SECRETARÍA DE GOBIERNO", body);
        Assert.Contains("Pregunta 40 sobre Salud mental", body);
        Assert.Contains("50,0 %", body);
        Assert.Contains("30,0 %", body);
        Assert.Contains("20,0 %", body);
        Assert.DoesNotContain("35,7 %", body);
        Assert.DoesNotContain("Los porcentajes se redondearon", body);
        Assert.Contains("se dio respuesta al 90,0 % así: el 75,0 % durante la transmisión y el 15,0 % por escrito.", body);
        Assert.Contains("Quedaron 4 preguntas pendientes de respuesta (10,0 %)", body);
        Assert.Contains("Pregunta 37: plazo de respuesta hasta el 23/mar/2022.", body);
        Assert.Contains("a más tardar el 23/mar/2022", body);
        Assert.Contains("Con intérprete de lengua de señas; sin subtítulos.", body);
        Assert.Contains("No se establecieron compromisos.", body);
        Assert.Contains("El 30,0 % de los encuestados respondió «Vacunas», el 20,0 %, «Urgencias», el 20,0 %, «Citas» y el 10,0 %, «Medicamentos»; las otras 2 opciones reunieron el 20,0 %.", body);
        Assert.DoesNotContain("81,5 %", body);
    }
}

public sealed class SqliteActaDocxTests(SqliteFactory factory) : ActaDocxTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresActaDocxTests(PostgresFactory factory) : ActaDocxTests(factory), IClassFixture<PostgresFactory>;
