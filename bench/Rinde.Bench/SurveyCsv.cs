using System.Globalization;
using System.Text;

namespace Rinde.Bench;

/// <summary>
/// Writes a Google Forms "download responses" CSV (BOM, every field quoted, ";" between
/// checkbox options, "a. m. GMT-5" times) with 20 questions, streaming: single and multiple
/// choice, scales, the comuna and short texts, about 5 % of answers left blank.
/// </summary>
public static class SurveyCsv
{
    private static readonly string[] Ages = ["Menor de 18", "18 a 28", "29 a 45", "46 a 60", "Mayor de 60"];
    private static readonly string[] Genders = ["Femenino", "Masculino", "No binario", "Prefiero no decirlo"];
    private static readonly string[] Schooling = ["Primaria", "Secundaria", "Técnica", "Tecnológica", "Universitaria", "Posgrado"];
    private static readonly string[] Groups = ["Afrodescendiente", "Indígena", "Víctima del conflicto", "Persona con discapacidad", "LGBTIQ+", "Ninguno"];
    private static readonly string[] Heard = ["Redes sociales", "Página web", "Correo electrónico", "Invitación directa", "Radio", "Un amigo"];
    private static readonly string[] Media = ["Página web de la Alcaldía", "Facebook", "Instagram", "Carteleras", "Emisora comunitaria"];
    private static readonly string[] Rating = ["Excelente", "Buena", "Regular", "Mala"];
    private static readonly string[] Occupations = ["Empleado(a)", "Independiente", "Estudiante", "Hogar", "Pensionado(a)", "Desempleado(a)"];
    private static readonly string[] YesNo = ["Sí", "No"];
    private static readonly string[] Reasons = ["Me interesa el barrio", "Quiero saber en qué se invierte", "Por la seguridad", "Para proponer", "Me invitaron"];

    private static readonly string[] Comunas =
        [.. Enumerable.Range(1, 22).Select(n => $"Comuna {n}"),
         "Navarro", "El Hormiguero", "Pance", "La Buitrera", "Villacarmelo", "Los Andes", "Pichindé", "La Leonera",
         "Felidia", "El Saladito", "La Elvira", "La Castilla", "La Paz", "Montebello", "Golondrinas"];

    public static readonly string[] Scales =
    [
        "Claridad del procedimiento", "Oportunidad de intervenir", "La información respondió a sus intereses",
        "Se dieron a conocer los resultados", "Puntualidad", "Duración", "Lenguaje claro", "Atención del equipo",
    ];

    public static string[] Header =>
    [
        "Marca temporal", "Dirección de correo electrónico", "Rango de edad", "Comuna o corregimiento", "Género", "Escolaridad", "Ocupación",
        "Grupo poblacional", "¿Cómo se enteró?", .. Scales.Select(s => $"Califique [{s}]"),
        "¿Volvería a participar?", "Calificación de la gestión", "Medio por el que consultó la información",
        "¿Por qué participó?", "Temas para el próximo ejercicio",
    ];

    public static async Task WriteAsync(string path, int rows)
    {
        var random = new Random(20211117);
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 20);
        var fields = new List<string>(Header.Length);
        await writer.WriteAsync(Line(Header));
        var start = new DateTime(2021, 11, 17, 9, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            var local = start.AddSeconds(i * 2 + random.Next(2));
            fields.Clear();
            var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
            fields.Add(string.Create(CultureInfo.InvariantCulture, $"{local:yyyy/MM/dd} {hour}:{local:mm:ss} {(local.Hour < 12 ? "a. m." : "p. m.")} GMT-5"));
            fields.Add(random.Next(3) == 0 ? $"persona{i}@correo.co" : "");
            fields.Add(Maybe(random, One(random, Ages)));
            fields.Add(Maybe(random, One(random, Comunas)));
            fields.Add(Maybe(random, One(random, Genders)));
            fields.Add(Maybe(random, One(random, Schooling)));
            fields.Add(Maybe(random, One(random, Occupations)));
            fields.Add(Maybe(random, Some(random, Groups)));
            fields.Add(Maybe(random, Some(random, Heard)));
            foreach (var _ in Scales) fields.Add(Maybe(random, (random.Next(5) + 1).ToString(CultureInfo.InvariantCulture)));
            fields.Add(Maybe(random, One(random, YesNo)));
            fields.Add(Maybe(random, One(random, Rating)));
            fields.Add(Maybe(random, Some(random, Media)));
            fields.Add(Maybe(random, $"{One(random, Reasons)}, sobre todo en la comuna {random.Next(1, 23)}"));
            fields.Add(Maybe(random, $"Tema {random.Next(1000)}: vías, parques y seguridad"));
            await writer.WriteAsync(Line(fields));
        }
    }

    private static string One(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Some(Random random, string[] values) =>
        string.Join(';', values.Where((_, i) => i == 0 ? random.Next(2) == 0 : random.Next(4) == 0).DefaultIfEmpty(values[^1]));

    private static string Maybe(Random random, string value) => random.Next(20) == 0 ? "" : value;

    private static string Line(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => $"\"{f.Replace("\"", "\"\"")}\"")) + "\r\n";
}
