using System.Text.Json.Nodes;

namespace Rinde.Tests.Exercises;

/// <summary>An exercise document with every part filled in, as JSON (what an integration would send).</summary>
public static class RichDocument
{
    public static JsonObject Build(string code, Guid imageId, int questions = 3) => new()
    {
        ["title"] = "Audiencia pública de prueba " + code,
        ["dependency"] = new JsonObject { ["code"] = code, ["name"] = "Secretaría de Movilidad" },
        ["offices"] = new JsonArray(new JsonObject { ["code"] = code + ".1", ["name"] = "Oficina de Tránsito" }),
        ["vigencia"] = 2025, ["ordinal"] = 1, ["date"] = "2025-06-10", ["status"] = "publicada", ["actaNumber"] = "9999.1.2.3",
        ["format"] = new JsonObject
        {
            ["entityName"] = "Alcaldía de Prueba", ["processLines"] = new JsonArray("GESTIÓN DOCUMENTAL"),
            ["systemLines"] = new JsonArray("SISTEMA INTEGRADO"), ["formName"] = "ACTA DE REUNIÓN", ["code"] = "F-" + code,
            ["version"] = "2", ["effectiveDate"] = "2024-01-15", ["series"] = "030", ["subseries"] = "1.2",
            ["numberPattern"] = "{dependencia}.{serie}.{subserie}.{consecutivo}",
        },
        ["objective"] = "Rendir cuentas de la movilidad.", ["modality"] = "mixta", ["modalityDetail"] = "Auditorio y YouTube",
        ["scheduledStart"] = "08:00:00", ["scheduledEnd"] = "10:00:00", ["actualStart"] = "08:10:00", ["actualEnd"] = "10:05:00",
        ["place"] = "Auditorio principal", ["streamLink"] = "https://video.example/vivo", ["eventSource"] = "Registro del evento",
        ["accessibility"] = new JsonObject { ["signLanguageInterpreter"] = true, ["subtitles"] = true, ["notes"] = "Intérprete LSC" },
        ["questionsCloseAt"] = "2025-06-10T20:00:00Z", ["announcedAt"] = "2025-05-20T15:00:00Z",
        ["attendees"] = new JsonArray(new JsonObject { ["name"] = "Ana Pérez", ["position"] = "Secretaria" }),
        ["absent"] = new JsonArray(new JsonObject { ["name"] = "Luis Díaz", ["position"] = "Asesor" }),
        ["invited"] = new JsonArray(new JsonObject { ["name"] = "Veeduría ciudadana", ["position"] = "" }),
        ["topics"] = new JsonArray(new JsonObject { ["office"] = code, ["title"] = "Semaforización" },
            new JsonObject { ["office"] = code + ".1", ["title"] = "Comparendos" }),
        ["schedule"] = new JsonArray(new JsonObject { ["activity"] = "Convocar", ["owner"] = "Comunicaciones", ["dueDate"] = "2025-06-01", ["doneDate"] = "2025-05-30", ["evidence"] = "Correo" }),
        ["convocation"] = new JsonArray(new JsonObject
        {
            ["channel"] = "Correo institucional", ["date"] = "2025-06-01", ["audience"] = "Grupos de valor", ["description"] = "Invitación",
            ["links"] = new JsonArray("https://example.org/a", "https://example.org/b"), ["source"] = "Correo",
            ["evidence"] = new JsonArray(new JsonObject { ["fileId"] = imageId, ["caption"] = "Pantallazo", ["source"] = "" }),
        }),
        ["audience"] = new JsonArray(new JsonObject { ["metric"] = "espectadores_maximos_en_vivo", ["value"] = 120, ["source"] = "YouTube" },
            new JsonObject { ["metric"] = "asistentes_presenciales", ["value"] = 45, ["source"] = "Lista" }),
        ["reportSections"] = new JsonArray(new JsonObject
        {
            ["title"] = "Semáforos", ["office"] = code + ".1", ["narrative"] = "Se **instalaron** semáforos.\n\n- Norte\n- Sur",
            ["figures"] = new JsonArray(new JsonObject { ["label"] = "Inversión", ["value"] = 1752560630, ["unit"] = "pesos", ["source"] = "Presupuesto" },
                new JsonObject { ["label"] = "Avance", ["value"] = 85.5, ["unit"] = "porcentaje", ["source"] = "Informe" }),
            ["images"] = new JsonArray(new JsonObject { ["fileId"] = imageId, ["caption"] = "Mapa", ["source"] = "Presentación" }),
        }),
        ["themes"] = new JsonArray(new JsonObject { ["name"] = "Tránsito" }, new JsonObject { ["name"] = "Vías" }),
        ["questions"] = new JsonArray([.. Enumerable.Range(1, questions).Select(i => (JsonNode)new JsonObject
        {
            ["number"] = i, ["text"] = $"¿Pregunta {i}?", ["type"] = i % 2 == 0 ? "queja" : "pregunta", ["theme"] = i % 3 == 0 ? "Vías" : "Tránsito",
            ["citizenName"] = $"Ciudadano {i}", ["anonymous"] = false, ["publishName"] = i % 2 == 1, ["channel"] = "chat_transmision",
            ["answer"] = i % 4 == 0 ? null : $"Respuesta {i}", ["answeredBy"] = "Secretaria", ["answeredLive"] = i % 4 != 0, ["actions"] = "N/A",
            ["deadline"] = "2025-07-02", ["receivedAt"] = "2025-06-10T13:05:00Z",
        })]),
        ["survey"] = new JsonObject
        {
            ["questions"] = new JsonArray(
                new JsonObject { ["number"] = 1, ["text"] = "Calificación", ["type"] = "seleccion_unica", ["section"] = "EVALUACIÓN", ["commentary"] = "Bien", ["options"] = new JsonArray("Excelente", "Buena") },
                new JsonObject { ["number"] = 2, ["text"] = "Medios", ["type"] = "seleccion_multiple", ["options"] = new JsonArray("Web", "Radio", "Correo") },
                new JsonObject { ["number"] = 3, ["text"] = "Comentarios", ["type"] = "texto_largo", ["options"] = new JsonArray() }),
            ["responses"] = new JsonArray(
                new JsonObject { ["submittedAt"] = "2025-06-10T15:00:00Z", ["origin"] = "rinde", ["answers"] = new JsonArray(
                    new JsonObject { ["question"] = 1, ["choices"] = new JsonArray("Excelente") },
                    new JsonObject { ["question"] = 2, ["choices"] = new JsonArray("Web", "Correo") },
                    new JsonObject { ["question"] = 3, ["text"] = "Muy bien, gracias" }) },
                new JsonObject { ["submittedAt"] = "2025-06-10T15:05:00Z", ["origin"] = "google-forms", ["answers"] = new JsonArray(
                    new JsonObject { ["question"] = 1, ["choices"] = new JsonArray("Buena") }) }),
        },
        ["selfAssessment"] = new JsonObject
        {
            ["fortalezas"] = new JsonArray("Cronograma"), ["oportunidades"] = new JsonArray("Más conexión"),
            ["debilidades"] = new JsonArray("Intérprete"), ["amenazas"] = new JsonArray("Sin internet"),
            ["strategies"] = new JsonArray(new JsonObject { ["kind"] = "fo", ["text"] = "Planear", ["code"] = "FO1" },
                new JsonObject { ["kind"] = "da", ["text"] = "Difundir", ["code"] = "DA" }),
        },
        ["commitments"] = new JsonArray(new JsonObject
        {
            ["description"] = "Responder por escrito", ["owner"] = "Oficina de Tránsito", ["dueDate"] = "2025-07-02",
            ["status"] = "en_curso", ["origin"] = "pregunta", ["questionNumber"] = 1,
        }),
        ["signatories"] = new JsonArray(new JsonObject { ["name"] = "Ana Pérez", ["position"] = "Secretaria", ["dependency"] = "Movilidad" }),
        ["preparedBy"] = "Equipo articulador", ["reviewedBy"] = "Planeación",
        ["narratives"] = new JsonObject { ["topicsIntro"] = "Temas", ["questionsIntro"] = "Preguntas", ["selfAssessment"] = "Bien", ["annexNote"] = "Lista de 2 folios" },
        ["annexes"] = new JsonArray(new JsonObject { ["title"] = "Lista de asistencia", ["fileId"] = imageId }, new JsonObject { ["title"] = "Presentación" }),
    };
}
