using System.Text.RegularExpressions;

namespace Rinde.Infrastructure;

/// <summary>What each route of /api/v1 does, in the words of its reference page.</summary>
public static partial class ApiSummaries
{
    public static readonly IReadOnlyDictionary<string, string> ByRoute = new Dictionary<string, string>
    {
        ["GET /api/v1/health"] = "Comprueba que el servicio responde.",
        ["POST /api/v1/auth/token"] = "Entrega un token de acceso a cambio del correo y la contraseña del personal.",
        ["GET /api/v1/users"] = "Lista los usuarios con sus roles y dependencias (administrador).",
        ["POST /api/v1/users"] = "Crea un usuario del personal con sus roles y dependencias (administrador).",
        ["GET /api/v1/exercises"] = "Lista los ejercicios de rendición de cuentas que el usuario puede ver.",
        ["POST /api/v1/exercises"] = "Crea un ejercicio desde su documento completo; siempre empieza como borrador.",
        ["GET /api/v1/exercises/{id}"] = "Devuelve el ejercicio completo como un documento: todo aquello de lo que se hace el acta.",
        ["PUT /api/v1/exercises/{id}"] = "Reemplaza el ejercicio con el documento enviado (409 una vez aprobada el acta).",
        ["GET /api/v1/exercises/{id}/acta.docx"] = "El acta en Word con el formato de la entidad: generada mientras es borrador, congelada desde su aprobación.",
        ["GET /api/v1/exercises/{id}/acta.pdf"] = "El acta en PDF: generada mientras es borrador, la congelada (o la firmada) desde su aprobación.",
        ["GET /api/v1/exercises/{id}/acta.html"] = "El acta como página web: generada mientras es borrador, congelada desde su aprobación.",
        ["GET /api/v1/exercises/{id}/acta"] = "Estado del acta, su número, sus versiones y su historial.",
        ["POST /api/v1/exercises/{id}/acta/transitions"] = "Mueve el acta a su siguiente estado (revisión, devolución, aprobación, publicación).",
        ["GET /api/v1/actas"] = "Archivo público de actas publicadas, con su SHA-256.",
        ["GET /api/v1/exercises/{id}/acta/v{version}.docx"] = "Descarga una versión congelada del acta en Word.",
        ["GET /api/v1/exercises/{id}/acta/v{version}.pdf"] = "Descarga una versión congelada del acta en PDF.",
        ["GET /api/v1/exercises/{id}/acta/v{version}.html"] = "Muestra una versión congelada del acta como página web.",
        ["POST /api/v1/files"] = "Sube un archivo (imagen o documento) para adjuntarlo a un ejercicio.",
        ["GET /api/v1/files/{id}"] = "Descarga un archivo guardado.",
        ["POST /api/v1/exercises/{id}/questions"] = "Recibe la pregunta de un ciudadano y devuelve su número y su plazo legal.",
        ["GET /api/v1/exercises/{id}/questions/public"] = "Preguntas publicadas del ejercicio con sus respuestas.",
        ["GET /api/v1/exercises/{id}/questions"] = "Todas las preguntas del ejercicio con su estado, tema, respuesta y plazo (personal).",
        ["GET /api/v1/exercises/{id}/questions/stream"] = "Flujo de eventos (text/event-stream) de la mesa de preguntas, reanudable con Last-Event-ID.",
        ["POST /api/v1/questions/{questionId}/answer"] = "Responde una pregunta, en vivo o por escrito, con la versión que se leyó.",
        ["POST /api/v1/questions/{questionId}/assign"] = "Asigna la pregunta a una oficina o persona.",
        ["POST /api/v1/questions/{questionId}/hide"] = "Oculta la pregunta por moderación.",
        ["POST /api/v1/questions/{questionId}/merge"] = "Une la pregunta a otra igual (duplicada).",
        ["POST /api/v1/questions/{questionId}/unmerge"] = "Deshace la fusión: la pregunta vuelve a contar por sí misma, con su plazo.",
        ["POST /api/v1/questions/{questionId}/unhide"] = "Muestra de nuevo un mensaje ocultado por moderación.",
        ["POST /api/v1/questions/{questionId}/commitment"] = "Convierte la pregunta en un compromiso.",
        ["GET /api/v1/exercises/{id}/survey/results"] = "Resultados de la encuesta de evaluación, pregunta por pregunta.",
        ["POST /api/v1/exercises/{id}/survey/import"] = "Importa las respuestas de Google Forms (CSV) o Microsoft Forms (XLSX).",
        ["GET /api/v1/exercises/{id}/survey/imports/{job}"] = "Estado de una importación de respuestas: en espera, en curso, terminada o fallida.",
        ["GET /api/v1/exercises/{id}/survey/results.{format}"] = "Descarga los resultados de la encuesta en CSV o Excel.",
        ["GET /api/v1/exercises/{id}/survey/responses.{format}"] = "Descarga las respuestas de la encuesta en CSV o Excel.",
        ["POST /api/v1/questions/{questionId}/extension"] = "Prorroga el plazo de respuesta antes de que venza, con su razón y la nueva fecha (Ley 1755, art. 14).",
        ["POST /api/v1/questions/{questionId}/transfer"] = "Traslada la pregunta a la entidad competente dentro de los 5 días hábiles (Ley 1755, art. 21).",
        ["POST /api/v1/contacts/import"] = "Importa a una lista de grupos de valor un CSV o XLSX (campo «file»; la lista en «list»): contactos nuevos, actualizados y filas rechazadas con su motivo.",
        ["POST /api/v1/exercises/{id}/invitations"] = "Envía por correo la invitación al diálogo a las listas elegidas, en lotes y por la bandeja de salida: 202 con el id para seguirla.",
        ["GET /api/v1/invitations/{id}"] = "Estado de una invitación: en_cola, enviando, terminada o fallida, con el total de contactos, los enviados y los fallidos.",
        ["GET /api/v1/outbox"] = "Mensajes de la bandeja de salida con su estado, intentos y último error (administrador).",
    };

    /// <summary>A route template without its constraints: "exercises/{id:int}" reads "exercises/{id}".</summary>
    public static string Normalise(string template) => Constraint().Replace(template, "}");

    [GeneratedRegex(@":[^}]*\}")]
    private static partial Regex Constraint();
}
