using Rinde.Features.Acta;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Acta;

public static partial class TestExercise
{
    /// <summary>The seed's exercise in small: its header, its 14 questions (5/3/3/3), its 27 survey responses, DOFA and commitments.</summary>
    public static Task<int> SeedLikeAsync(RindeFactory factory, ActaState status = ActaState.Borrador) => SaveAsync(factory, image =>
    {
        var gobierno = new Dependency { Code = NewCode(), Name = "Secretaría de Gobierno" };
        var transparencia = Office(gobierno, "Oficina Asesora de Transparencia");
        var cooperacion = Office(gobierno, "Oficina de Relaciones y Cooperación");
        var e = new Exercise
        {
            AnnouncedAt = new DateTime(2021, 11, 2, 15, 0, 0, DateTimeKind.Utc),
            Title = "Segunda rendición de cuentas 2021", Dependency = gobierno, ActaFormat = Format(), Vigencia = 2021, Ordinal = 2,
            Objective = "Realizar la segunda actividad de diálogo en el marco de la rendición de cuentas de la Secretaría de Gobierno - Vigencia 2021.",
            Date = new DateOnly(2021, 11, 17), ScheduledStart = new TimeOnly(9, 0), ScheduledEnd = new TimeOnly(10, 15),
            Place = "Telepacífico – transmisión Facebook Live @GobiernoCali",
            StreamLink = "https://www.facebook.com/AlcaldiaDeCali/videos/609743460451922/",
            ModalityDetail = "Facebook Live – Virtual", EventSource = "Información del evento de diálogo",
            Status = status, ActaNumber = $"{gobierno.Code}.020.14.12.56",
            PreparedBy = "Monica Mesa – Contratista, Andrea Motta – Contratista", ReviewedBy = "Sandra Escobar Solano - Contratista",
            Narratives = new ExerciseNarratives
            {
                TopicsIntro = "Con el propósito de visibilizar las acciones de la **Secretaría de Gobierno**, se expuso sobre la gestión, así:",
                ConvocationIntro = "La convocatoria se realizó por *mailing*, redes sociales y el portal web.",
                ReportIntro = "La Secretaría de Gobierno fue creada a través del Decreto 0516 de 2016.",
                QuestionsIntro = "Durante el espacio de diálogo se recibieron las siguientes PQRS:",
                SurveyIntro = "Se aplicó la encuesta en https://forms.gle/nj8rnWyf8W5y8Jb76, con estos resultados:",
                SelfAssessment = "El segundo ejercicio de diálogo fue **fructífero** en su conjunto.",
                DofaConclusion = "Teniendo en cuenta el análisis DOFA se diseñaron estrategias para un próximo ejercicio.",
                AnnexNote = "Se anexa listado de asistencia compuesto por tres (3) folios.",
            },
        };
        e.Participants.AddRange([
            new Participant { Kind = ParticipantKind.Asistente, Name = "Nhora Yaneth Mondragón", Position = "Secretaria de Gobierno", Order = 0 },
            new Participant { Kind = ParticipantKind.Asistente, Name = "Alfagma Sánchez Torres", Position = "Jefe de Oficina Asesora de Transparencia", Order = 1 },
        ]);
        e.Topics.AddRange([
            new Topic { Dependency = gobierno, Title = "Consejo de Gobierno", Order = 0 },
            new Topic { Dependency = gobierno, Title = "Ejecución presupuestal", Order = 1 },
            new Topic { Dependency = cooperacion, Title = "Hermanamiento de ciudades", Order = 2 },
            new Topic { Dependency = transparencia, Title = "Datos abiertos con valor público.", Order = 3 },
        ]);
        e.ConvocationActions.Add(Convocation(image, "Invitación correo institucional", "Correo institucional de la Alcaldía",
            "https://www.cali.gov.co/gobierno/publicaciones/164446/"));
        e.AudienceFigures.Add(new AudienceFigure { Metric = AudienceMetric.EspectadoresMaximosEnVivo, Value = 70, Source = "Facebook live Secretaría de Gobierno" });
        var budget = Section(1, "Ejecución presupuestal", "La ejecución presupuestal al mes de octubre es del 77 %:\n\n- Proyecto BP-26002678\n- Proyecto BP-26003011\n\n1. Primero\n2. Segundo",
            Figure("Ejecución presupuestal a octubre", 77m, FigureUnit.Porcentaje), Figure("Ayuda no reembolsable en el año", 1752560630m, FigureUnit.Pesos));
        budget.Images.Add(new ReportImage { File = image, FileId = image.Id, Caption = "Zonas Te Queremos Cali", Source = "Presentación rendición de cuentas" });
        e.ReportSections.AddRange([Section(0, "Consejo de Gobierno", "Se realizaron 15 Consejos de gobierno."), budget]);

        AddQuestions(e, [("Gestión de la Secretaría", 5), ("Transparencia", 3), ("Cooperación", 3), ("Comunicaciones", 3)]);
        e.Questions[0].CitizenName = HiddenCitizen;
        e.Questions[0].PublishName = false;
        e.Questions[0].Text = "¿Qué procesos han gestionado para la política pública para la mujer?";
        e.Questions[10].Anonymous = true;
        e.Questions[10].CitizenName = null;
        e.Questions[13].Text = ScriptQuestion;

        e.DofaItems.AddRange([
            new DofaItem { Kind = DofaKind.Fortaleza, Text = "Cronograma definido con responsables y fechas de compromisos.", Order = 0 },
            new DofaItem { Kind = DofaKind.Debilidad, Text = "Inconveniente de fuerza mayor con la persona programada para la traducción de señas.", Order = 1 },
            new DofaItem { Kind = DofaKind.Oportunidad, Text = "Diseñar estrategias para que más personas se conecten al diálogo.", Order = 2 },
            new DofaItem { Kind = DofaKind.Amenaza, Text = "Ciudadanos sin redes sociales ni internet.", Order = 3 },
        ]);
        e.DofaStrategies.AddRange([
            new DofaStrategy { Kind = StrategyKind.FO, Code = "FO1", Text = "Planear la rendición de cuentas implementando el cronograma.", Order = 0 },
            new DofaStrategy { Kind = StrategyKind.DO, Text = "Diseñar los videos con subtítulos.", Order = 1 },
            new DofaStrategy { Kind = StrategyKind.FA, Text = "Publicar la información en el portal web, la radio o medio impreso.", Order = 2 },
            new DofaStrategy { Kind = StrategyKind.DA, Text = "Contar con otra persona como opción de traductor.", Order = 3 },
        ]);
        e.Commitments.AddRange([
            Commitment(0, "Enviar acta al DADII para revisión y aprobación.", "Equipo Articulador de Rendición de Cuentas", new DateOnly(2021, 11, 24)),
            Commitment(1, "Publicar el acta del espacio de diálogo en la instancia del organismo", "Administrador de Instancia", new DateOnly(2021, 12, 1)),
        ]);
        e.Signatories.AddRange([
            new Signatory { Name = "Nhora Mondragón Ortiz", Position = "Secretaria de despacho", Dependency = "Secretaría de Gobierno", Order = 0 },
            new Signatory { Name = "Alfagma Sánchez Torres", Position = "Jefe de Oficina Asesora de Transparencia", Dependency = "Secretaría de Gobierno", Order = 1 },
            new Signatory { Name = "Luz Marina Cuellar", Position = "Jefe de Oficina de Comunicaciones", Dependency = "Secretaría de Gobierno", Order = 2 },
        ]);
        e.Annexes.AddRange([new Annex { Title = "Listados de asistencia", Order = 0 }, new Annex { Title = "Presentación de la R.C", Order = 1 }]);
        return (e, SeedSurvey(e));
    });

    private static SurveyPlan SeedSurvey(Exercise e)
    {
        var plan = new SurveyPlan(e).Responses(27);
        var comuna = plan.Question("Seleccione la comuna o corregimiento donde reside", SurveyQuestionType.Comuna);
        var heard = plan.Question("¿Cómo se enteró de la realización de la actividad?", SurveyQuestionType.SeleccionMultiple,
            "Invitación directa", "Página web", "WhatsApp", "Redes sociales");
        var published = plan.Question("¿La Entidad publicó previamente la información tratada en esta actividad?", SurveyQuestionType.SeleccionUnica, "Sí", "No");
        var activity = plan.Question(ActivityQuestion, SurveyQuestionType.SeleccionUnica, "Excelente", "Bueno", "Regular", "Malo");
        var management = plan.Question("De acuerdo con la información presentada ¿cómo califica la gestión?", SurveyQuestionType.SeleccionUnica,
            "Excelente", "Bueno", "Regular", "Malo");
        var reasons = plan.Question("Explique las razones por las cuales considera lo señalado", SurveyQuestionType.TextoLargo);
        reasons.Commentary = "Los comentarios fueron *positivos*.";
        comuna.Section = "INFORMACIÓN GENERAL";
        string[] comunas = [.. Enumerable.Repeat("Comuna 10", 4), .. Enumerable.Repeat("Comuna 19", 4), .. Enumerable.Repeat("Comuna 2", 5),
            .. Enumerable.Repeat("Comuna 17", 5), "Comuna 1", "Comuna 3", "Comuna 4", "Comuna 6", "Comuna 15", "Comuna 16", "Comuna 5", "Comuna 5", "Comuna 7"];
        return plan.Texts(comuna, comunas)
            .Answer(heard, 0, ("Invitación directa", 17), ("Página web", 9), ("WhatsApp", 1))
            .Answer(heard, 0, ("Redes sociales", 4))
            .Answer(published, 0, ("Sí", 25), ("No", 2))
            .Answer(activity, 0, ("Excelente", 22), ("Bueno", 5))
            .Answer(management, 0, ("Excelente", 19), ("Bueno", 8))
            .Texts(reasons, "Fácil de entender y clara, con datos", "Se mostró con datos y cifras la gestión");
    }
}
