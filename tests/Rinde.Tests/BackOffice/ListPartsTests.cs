using System.Net;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Commitments;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.SelfAssessment;
using Rinde.Tests.Infrastructure;
using static Rinde.Tests.BackOffice.BackOfficeSteps;

namespace Rinde.Tests.BackOffice;

/// <summary>Adding, editing, reordering and deleting the items of an exercise's lists.</summary>
public abstract class ListPartsTests(RindeFactory factory)
{
    private static string S(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Participants_are_added_edited_moved_and_deleted_after_confirming()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con participantes");
        var url = $"/staff/ejercicios/{id}/participantes";
        var ana = await AddAsync(browser, url, ("Input.Name", "Ana Pérez"), ("Input.Position", "Secretaria"), ("Input.Kind", "Asistente"));
        var luis = await AddAsync(browser, url, ("Input.Name", "Luis Gómez"), ("Input.Position", "Jefe"), ("Input.Kind", "Invitado"));

        await browser.SubmitAsync($"{url}?editar={ana}", [("Input.Name", "Ana María Pérez"), ("Input.Kind", "Ausente")], "Save");
        var move = await browser.SubmitAsync(url, [("itemId", S(luis)), ("by", "-1")], "Move");
        Assert.Equal(HttpStatusCode.Redirect, move.StatusCode);

        var people = factory.WithDb(db => db.Participants.Where(p => p.ExerciseId == id).OrderBy(p => p.Order).ToList());
        Assert.Equal(["Luis Gómez", "Ana María Pérez"], people.Select(p => p.Name));
        Assert.Equal((ParticipantKind.Ausente, "Secretaria"), (people[1].Kind, people[1].Position));

        var confirm = await browser.GetAsync($"{url}?borrar={luis}");
        Assert.Contains("¿Eliminar el participante «Luis Gómez»?", confirm.QuerySelector("#confirmar")!.TextContent);
        Assert.Equal(2, factory.WithDb(db => db.Participants.Count(p => p.ExerciseId == id)));
        await browser.SubmitAsync($"{url}?borrar={luis}", [], "Delete");
        Assert.Equal(["Ana María Pérez"], factory.WithDb(db => db.Participants.Where(p => p.ExerciseId == id).Select(p => p.Name).ToList()));
    }

    [Fact]
    public async Task A_question_is_numbered_classified_under_its_theme_and_answered()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo con preguntas");
        var theme = await AddAsync(browser, $"/staff/ejercicios/{id}/preguntas/temas", ("Input.Name", "Transparencia"));
        var url = $"/staff/ejercicios/{id}/preguntas";
        var question = await AddAsync(browser, url, ("Input.Text", "¿Cómo se publican los contratos?"), ("Input.ThemeId", S(theme)),
            ("Input.Type", "SolicitudInformacion"), ("Input.Channel", "ChatTransmision"), ("Input.ReceivedAt", "2021-11-17T09:20"),
            ("Input.CitizenName", "Marta Ruiz"), ("Input.Consent", "true"));

        var refused = await browser.SubmitAsync($"{url}?editar={question}", [("Input.AnsweredLive", "true")], "Save");
        Assert.Contains("Escriba la respuesta que se dio en vivo.", (await StaffBrowser.ParseAsync(refused)).QuerySelector("#Input_Answer-error")!.TextContent);
        await browser.SubmitAsync($"{url}?editar={question}",
            [("Input.AnsweredLive", "true"), ("Input.Answer", "En el SECOP."), ("Input.AnsweredBy", "Oficina de Transparencia")], "Save");

        var saved = factory.WithDb(db => db.CitizenQuestions.Include(q => q.Theme).Single(q => q.Id == question));
        Assert.Equal((1, "Transparencia", QuestionType.SolicitudInformacion, QuestionChannel.ChatTransmision),
            (saved.Number, saved.Theme!.Name, saved.Type, saved.Channel));
        Assert.Equal(("Marta Ruiz", true, "En el SECOP.", true), (saved.CitizenName, saved.Consent, saved.Answer, saved.AnsweredLive));
        Assert.Equal(new DateTime(2021, 11, 17, 14, 20, 0), saved.ReceivedAt);
    }

    [Fact]
    public async Task Dofa_items_strategies_commitments_signatories_and_texts_are_saved()
    {
        var browser = await StaffBrowser.SignInAsync(factory);
        var id = await CreateExerciseAsync(browser, "Diálogo evaluado");
        var root = $"/staff/ejercicios/{id}";
        await AddAsync(browser, $"{root}/autoevaluacion", ("Input.Kind", "Fortaleza"), ("Input.Text", "Transmisión por canal regional."));
        await AddAsync(browser, $"{root}/autoevaluacion/estrategias", ("Input.Kind", "FO"), ("Input.Text", "Repetir la alianza."));
        var badDate = await browser.SubmitAsync($"{root}/compromisos",
            [("Input.Description", "Enviar el acta al DADII"), ("Input.Owner", "Equipo articulador"), ("Input.DueDate", "2021-13-45")], "Save");
        Assert.Contains("no es un valor válido para «Fecha de cumplimiento»",
            (await StaffBrowser.ParseAsync(badDate)).QuerySelector("#Input_DueDate-error")!.TextContent);
        await AddAsync(browser, $"{root}/compromisos",
            ("Input.Description", "Enviar el acta al DADII"), ("Input.Owner", "Equipo articulador"), ("Input.DueDate", "2021-11-24"));
        await AddAsync(browser, $"{root}/acta", ("Input.Name", "Carlos Rojas"), ("Input.Position", "Secretario de Gobierno"));
        await browser.SubmitAsync($"{root}/acta", [("texto.PreparedBy", "Laura Díaz, contratista"), ("texto.GeneralObservations", "Sin **observaciones**.")], "Texts");

        factory.WithDb(db =>
        {
            Assert.Equal(DofaKind.Fortaleza, db.DofaItems.Single(d => d.ExerciseId == id).Kind);
            Assert.Equal(StrategyKind.FO, db.DofaStrategies.Single(d => d.ExerciseId == id).Kind);
            var commitment = db.Commitments.Single(c => c.ExerciseId == id);
            Assert.Equal((new DateOnly(2021, 11, 24), CommitmentStatus.Pendiente), (commitment.DueDate, commitment.Status));
            Assert.Equal("Secretario de Gobierno", db.Signatories.Single(s => s.ExerciseId == id).Position);
            var exercise = db.Exercises.Single(e => e.Id == id);
            Assert.Equal(("Laura Díaz, contratista", "Sin **observaciones**."), (exercise.PreparedBy, exercise.Narratives.GeneralObservations));
            return 0;
        });
    }
}

public sealed class SqliteListPartsTests(SqliteFactory factory) : ListPartsTests(factory), IClassFixture<SqliteFactory>;

public sealed class PostgresListPartsTests(PostgresFactory factory) : ListPartsTests(factory), IClassFixture<PostgresFactory>;
