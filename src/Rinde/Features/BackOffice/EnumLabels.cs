using Microsoft.AspNetCore.Mvc.Rendering;
using Rinde.Features.Commitments;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;

namespace Rinde.Features.BackOffice;

/// <summary>How staff read the model's enum values (selects and tables).</summary>
public static class EnumLabels
{
    private static readonly Dictionary<Enum, string> Labels = new()
    {
        [ParticipantKind.Asistente] = "Asistente", [ParticipantKind.Ausente] = "Ausente", [ParticipantKind.Invitado] = "Invitado",
        [Modality.Presencial] = "Presencial", [Modality.Virtual] = "Virtual", [Modality.Mixta] = "Mixta",
        [AudienceMetric.AsistentesPresenciales] = "Asistentes presenciales",
        [AudienceMetric.EspectadoresMaximosEnVivo] = "Máximo de espectadores en vivo",
        [AudienceMetric.Reproducciones] = "Reproducciones", [AudienceMetric.Reacciones] = "Reacciones",
        [AudienceMetric.Comentarios] = "Comentarios", [AudienceMetric.VecesCompartido] = "Veces compartido",
        [QuestionType.Pregunta] = "Pregunta", [QuestionType.Peticion] = "Petición",
        [QuestionType.SolicitudInformacion] = "Solicitud de documentos o información", [QuestionType.Consulta] = "Consulta",
        [QuestionType.Queja] = "Queja", [QuestionType.Reclamo] = "Reclamo", [QuestionType.Sugerencia] = "Sugerencia",
        [QuestionType.Denuncia] = "Denuncia", [QuestionType.Felicitacion] = "Felicitación",
        [QuestionChannel.FormularioWeb] = "Formulario web", [QuestionChannel.ChatTransmision] = "Chat de la transmisión",
        [QuestionChannel.Presencial] = "Presencial", [QuestionChannel.Papel] = "Formato en papel",
        [QuestionChannel.Telefono] = "Teléfono", [QuestionChannel.Correo] = "Correo electrónico",
        [SurveyQuestionType.SeleccionUnica] = "Selección única", [SurveyQuestionType.SeleccionMultiple] = "Selección múltiple",
        [SurveyQuestionType.Escala] = "Escala", [SurveyQuestionType.TextoCorto] = "Texto corto",
        [SurveyQuestionType.TextoLargo] = "Texto largo", [SurveyQuestionType.Comuna] = "Comuna o corregimiento",
        [TerritoryKind.Comuna] = "Comuna (urbana)", [TerritoryKind.Corregimiento] = "Corregimiento (rural)",
        [FigureUnit.Cantidad] = "Cantidad", [FigureUnit.Pesos] = "Pesos", [FigureUnit.Porcentaje] = "Porcentaje",
        [FigureUnit.Personas] = "Personas", [FigureUnit.Dias] = "Días",
        [DofaKind.Fortaleza] = "Fortaleza", [DofaKind.Oportunidad] = "Oportunidad",
        [DofaKind.Debilidad] = "Debilidad", [DofaKind.Amenaza] = "Amenaza",
        [StrategyKind.FO] = "FO (fortalezas y oportunidades)", [StrategyKind.DO] = "DO (debilidades y oportunidades)",
        [StrategyKind.FA] = "FA (fortalezas y amenazas)", [StrategyKind.DA] = "DA (debilidades y amenazas)",
        [CommitmentStatus.Pendiente] = "Pendiente", [CommitmentStatus.EnCurso] = "En curso",
        [CommitmentStatus.Cumplido] = "Cumplido", [CommitmentStatus.Cancelado] = "Cancelado",
        [CommitmentOrigin.Dialogo] = "Diálogo", [CommitmentOrigin.Pregunta] = "Pregunta ciudadana",
        [CommitmentOrigin.Autoevaluacion] = "Autoevaluación", [CommitmentOrigin.Acta] = "Acta",
    };

    public static string Of(Enum value) => Labels.TryGetValue(value, out var label) ? label : value.ToString();

    public static IReadOnlyList<SelectListItem> Options(Type enumType) =>
        [.. Enum.GetValues(enumType).Cast<Enum>().Select(v => new SelectListItem(Of(v), v.ToString()))];
}
