using Rinde.Features.Questions;

namespace Rinde.Tests.Questions;

/// <summary>Extension (art. 14) and transfer (art. 21) counted in días hábiles, around Semana Santa and Ascensión 2026.</summary>
public sealed class LegalTrailTests
{
    private static readonly DateOnly Dialogue = new(2026, 3, 27); // Friday before Semana Santa

    private static CitizenQuestion Question(QuestionType type = QuestionType.Pregunta) => new()
    {
        Text = "¿Pregunta?", Type = type, Deadline = QuestionDeadlines.DueDate(type, Dialogue),
        // 22:00 in Colombia on the dialogue's day is already the 28th in UTC.
        ReceivedAt = new DateTime(2026, 3, 28, 3, 0, 0, DateTimeKind.Utc),
    };

    private static readonly DateTime Now = new(2026, 4, 10, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_original_deadline_skips_holy_thursday_and_friday()
    {
        Assert.Equal(new DateOnly(2026, 4, 21), Question().Deadline);
    }

    [Fact]
    public void An_extension_may_reach_twice_the_term_in_business_days_skipping_1_may_and_ascension()
    {
        var q = Question();
        Assert.Equal(new DateOnly(2026, 6, 4), LegalTrail.LatestExtension(q));
        var beyond = LegalTrail.Extend(q, new DateOnly(2026, 6, 5), "Consulta a otra secretaría", new DateOnly(2026, 4, 21), Now);
        Assert.Equal("La prórroga no puede pasar del doble del término inicial (30 días hábiles): la fecha máxima es el 4 de junio de 2026.", beyond);
        Assert.Null(q.OriginalDeadline);

        Assert.Null(LegalTrail.Extend(q, new DateOnly(2026, 6, 4), "Consulta a otra secretaría", new DateOnly(2026, 4, 21), Now));
        Assert.Equal((new DateOnly(2026, 4, 21), new DateOnly(2026, 6, 4)), (q.OriginalDeadline!.Value, q.Deadline!.Value));
        Assert.Equal("Consulta a otra secretaría", q.ExtensionReason);
        Assert.Contains("una sola prórroga", LegalTrail.Extend(q, new DateOnly(2026, 6, 3), "Otra vez", new DateOnly(2026, 4, 22), Now));
    }

    [Fact]
    public void An_extension_after_the_deadline_or_to_a_holiday_or_earlier_date_is_refused()
    {
        Assert.Equal("El plazo venció el 21 de abril de 2026: la prórroga debe informarse antes del vencimiento.",
            LegalTrail.Extend(Question(), new DateOnly(2026, 5, 5), "Tarde", new DateOnly(2026, 4, 22), Now));
        Assert.Equal("El 18 de mayo de 2026 no es día hábil.",
            LegalTrail.Extend(Question(), new DateOnly(2026, 5, 18), "Ascensión", new DateOnly(2026, 4, 20), Now));
        Assert.Contains("posterior al plazo actual", LegalTrail.Extend(Question(), new DateOnly(2026, 4, 20), "Antes", new DateOnly(2026, 4, 1), Now));
        var consulta = Question(QuestionType.Consulta);
        Assert.Equal(ColombianCalendar.AddBusinessDays(consulta.Deadline!.Value, 60), LegalTrail.LatestExtension(consulta));
    }

    [Fact]
    public void A_transfer_is_on_time_for_5_business_days_after_receipt_in_colombia()
    {
        var q = Question();
        Assert.Equal(new DateOnly(2026, 4, 7), LegalTrail.TransferLimit(q));
        Assert.Equal("El traslado debía hacerse dentro de los 5 días hábiles siguientes al recibo, a más tardar el 7 de abril de 2026.",
            LegalTrail.Transfer(q, "Secretaría de Movilidad", "Competencia", new DateOnly(2026, 4, 8), Now));
        Assert.Null(LegalTrail.Transfer(q, " Secretaría de Movilidad ", "Es de su competencia", new DateOnly(2026, 4, 7), Now));
        Assert.Equal("Secretaría de Movilidad", q.TransferredTo);
        Assert.Equal("La pregunta ya se trasladó a Secretaría de Movilidad.", LegalTrail.Extend(q, new DateOnly(2026, 5, 5), "x", new DateOnly(2026, 4, 7), Now));
        Assert.Equal("trasladada por competencia a Secretaría de Movilidad (Ley 1755 de 2015, art. 21).", LegalTrailText.Of(q));
    }

    [Fact]
    public void An_answered_question_takes_neither_step()
    {
        var q = Question();
        q.Answer = "Ya respondida";
        Assert.Equal("La pregunta ya tiene respuesta.", LegalTrail.Transfer(q, "Otra", "x", new DateOnly(2026, 3, 30), Now));
        Assert.Equal("La pregunta ya tiene respuesta.", LegalTrail.Extend(q, new DateOnly(2026, 5, 5), "x", new DateOnly(2026, 3, 30), Now));
    }
}
