using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace Rinde.Tests.Survey;

/// <summary>One person's answers, written out as each form tool exports them.</summary>
public sealed record SurveyFileRow(DateTime Local, string Email, string Age, string[] Heard, int? Rating, string Comment, string Clarity, string Time);

/// <summary>The same survey as Google Forms (download and Sheet) and Microsoft Forms (Spanish and English) export it.</summary>
public static class SurveyFiles
{
    public static readonly string[] Questions =
    [
        "  Rango  de edad ", "¿Cómo se enteró del ejercicio?", "Califique la actividad", "Comentarios",
        "Valore [Claridad]", "Valore [Tiempo]",
    ];

    public static readonly SurveyFileRow[] Rows =
    [
        new(new(2021, 11, 17, 9, 45, 12), "ana@correo.co", "18 a 28", ["Redes sociales", "Radio"], 5, "Muy buena, clara", "Bueno", "Bueno"),
        new(new(2021, 11, 17, 10, 2, 3), "", "29 a 45", ["Redes sociales"], 4, "", "Bueno", "Regular"),
        new(new(2021, 11, 17, 14, 30, 0), "beto@correo.co", "29 a 45", ["Radio", "Perifoneo"], 5, "Línea 1\nLínea 2, con \"comillas\"", "Regular", "Bueno"),
        new(new(2021, 11, 17, 15, 0, 59), "", "46 a 60", ["Perifoneo", "Redes sociales"], 3, "Faltó tiempo; pero bien", "Malo", "Regular"),
        new(new(2021, 11, 18, 8, 0, 0), "", "18 a 28", [], 4, "Sin comentarios", "Bueno", ""),
        new(new(2021, 11, 18, 12, 15, 0), "carla@correo.co", "", ["Redes sociales", "Un amigo me contó"], null, "Excelente", "Bueno", "Bueno"),
    ];

    /// <summary>The Forms "download responses" file: BOM, every field quoted, ";" between options, "a. m. GMT-5".</summary>
    public static byte[] GoogleDownload(IEnumerable<SurveyFileRow>? rows = null, Func<SurveyFileRow, string>? stamp = null)
    {
        var text = new StringBuilder();
        Line(text, ["Marca temporal", "Dirección de correo electrónico", .. Questions], quoteAll: true);
        foreach (var row in rows ?? Rows)
        {
            Line(text, [stamp?.Invoke(row) ?? DownloadStamp(row.Local), row.Email, .. Answers(row, ";")], quoteAll: true);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>
    /// Many responses (beyond the rows a file's first part is read with, so the rest goes through
    /// the parser's threads): the six rows over and over, a second apart.
    /// </summary>
    public static List<SurveyFileRow> Many(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Rows[i % Rows.Length] with { Local = new DateTime(2021, 11, 17, 9, 0, 0).AddSeconds(i) })];

    /// <summary>The linked Sheet's CSV: minimal quoting, ", " between options, day-first wall-clock time.</summary>
    public static byte[] GoogleSheet(IEnumerable<SurveyFileRow>? rows = null)
    {
        var text = new StringBuilder();
        Line(text, ["Marca temporal", "Dirección de correo electrónico", .. Questions], quoteAll: false);
        foreach (var row in rows ?? Rows)
        {
            Line(text, [row.Local.ToString("dd/MM/yyyy H:mm:ss", CultureInfo.InvariantCulture), row.Email, .. Answers(row, ", ")], quoteAll: false);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <param name="ids">Each row's `Id` (by default 1, 2, 3…).</param>
    public static byte[] MicrosoftForms(bool english, IEnumerable<SurveyFileRow>? rows = null, Func<int, object?>? ids = null)
    {
        string[] fixedColumns = english
            ? ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
            : ["Id", "Hora de inicio", "Hora de finalización", "Correo electrónico", "Nombre", "Hora de la última modificación"];
        var sheet = (rows ?? Rows).Select((row, i) =>
        {
            var record = new Dictionary<string, object?>
            {
                [fixedColumns[0]] = ids is null ? i + 1 : ids(i),
                [fixedColumns[1]] = row.Local.AddMinutes(-3),
                [fixedColumns[2]] = row.Local,
                [fixedColumns[3]] = row.Email.Length == 0 ? "anonymous" : row.Email,
                [fixedColumns[4]] = row.Email.Length == 0 ? null : row.Email.Split('@')[0],
                [fixedColumns[5]] = null,
            };
            var answers = Answers(row, ";", trailing: true);
            for (var q = 0; q < Questions.Length; q++)
            {
                record[Questions[q]] = q == 2 && row.Rating is int rating ? rating : answers[q].Length == 0 ? null : answers[q];
            }
            return record;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static string DownloadStamp(DateTime local)
    {
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var marker = local.Hour < 12 ? "a. m." : "p. m.";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy/MM/dd} {hour}:{local:mm:ss} {marker} GMT-5");
    }

    private static string[] Answers(SurveyFileRow row, string separator, bool trailing = false) =>
    [
        row.Age,
        row.Heard.Length == 0 ? "" : string.Join(separator, row.Heard) + (trailing ? separator : ""),
        row.Rating?.ToString(CultureInfo.InvariantCulture) ?? "",
        row.Comment, row.Clarity, row.Time,
    ];

    private static void Line(StringBuilder text, IEnumerable<string> fields, bool quoteAll)
    {
        text.AppendJoin(',', fields.Select(f => quoteAll || f.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{f.Replace("\"", "\"\"")}\"" : f));
        text.Append("\r\n");
    }
}
