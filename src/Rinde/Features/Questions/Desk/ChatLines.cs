using System.Text.RegularExpressions;
using Rinde.Infrastructure;

namespace Rinde.Features.Questions.Desk;

/// <summary>
/// What a line copied from a live-stream chat is, besides a name or a comment: the platform's own
/// words (Facebook's «Me gusta · Responder · 2 min», YouTube's timestamps), badges next to a name
/// («Autor», «Fan destacado», «Moderador»), or a greeting that asks nothing.
/// </summary>
public static partial class ChatLines
{
    private static readonly HashSet<string> UiWords = new(StringComparer.Ordinal)
    {
        "me gusta", "responder", "compartir", "ver traduccion", "traducir", "editado", "ocultar", "denunciar", "ver mas",
        "ver respuestas", "ver menos", "escribe un comentario", "mas relevantes", "todos los comentarios", "comentarios en vivo",
        "like", "reply", "share", "see translation", "edited", "hide", "view more replies", "view replies", "most relevant",
        "pinned", "fijado", "comentario fijado", "chat en vivo", "live chat", "mensajes destacados", "top chat", "chat principal",
    };

    private static readonly HashSet<string> Badges = new(StringComparer.Ordinal)
    {
        "fan destacado", "top fan", "moderador", "moderadora", "moderator", "verificado", "verified", "miembro", "member", "nuevo miembro",
    };

    private static readonly HashSet<string> PageBadges = new(StringComparer.Ordinal) { "autor", "autora", "author", "creador", "creadora", "creator", "propietario" };

    private static readonly HashSet<string> GreetingWords = new(StringComparer.Ordinal)
    {
        "hola", "holaa", "buenas", "buenos", "buen", "tardes", "dias", "dia", "noches", "saludos", "saludo", "cordial", "cordiales",
        "bendiciones", "gracias", "muchas", "mil", "excelente", "presente", "felicitaciones", "felicidades", "dios", "los", "las", "bendiga",
        "bien", "muy", "a", "todos", "todas", "desde", "conectado", "conectada", "conectados", "aqui", "atentos", "atenta", "atento",
        "con", "de", "que", "y", "el", "la", "un", "una", "para", "ustedes", "su", "gran", "labor", "trabajo", "bueno", "buena",
        "por", "del", "al", "gestion", "ano", "informacion", "espacio", "dialogo", "transmision", "evento", "equipo", "esta", "este",
        "administracion", "alcaldia", "alcalde", "alcaldesa", "secretaria", "secretario", "doctor", "doctora", "dra", "dr", "senor", "senora",
    };

    public enum Kind { Content, Separator, Badge, PageBadge }

    public static Kind Classify(string line)
    {
        var folded = Fold(line);
        if (folded.Length == 0)
        {
            return Kind.Separator;
        }
        if (PageBadges.Contains(folded))
        {
            return Kind.PageBadge;
        }
        if (Badges.Contains(folded) || MemberFor().IsMatch(folded))
        {
            return Kind.Badge;
        }
        // «Me gusta · Responder · 2 min», «Responder», «3 h», «10:15 a. m.», «Ver 4 respuestas».
        var parts = folded.Split(['·', '•', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.All(p => UiWords.Contains(p) || IsTime(p) || Counted().IsMatch(p)) ? Kind.Separator : Kind.Content;
    }

    /// <summary>A timestamp that starts a line (YouTube shows it before the author), removed.</summary>
    public static string WithoutLeadingTime(string line)
    {
        if (IsTime(Fold(line)))
        {
            return line;
        }
        var match = LeadingTime().Match(line);
        return match.Success && match.Length < line.Length ? line[match.Length..].TrimStart() : line;
    }

    /// <summary>Only a greeting, thanks or «presente»: nothing to answer (a person can still tick it).</summary>
    public static bool IsGreeting(string text)
    {
        if (text.Contains('?') || text.Contains('¿'))
        {
            return false;
        }
        var words = Words().Matches(Fold(text)).Select(m => m.Value).ToList();
        return words.Count == 0 || (words.Count <= 10 && words.All(GreetingWords.Contains))
            || (words.Count <= 6 && words[0] is "saludos" or "hola" or "buenas" or "buenos" or "saludo" && !words.Any(w => w.Length > 3 && IsAsking(w)));
    }

    private static bool IsAsking(string word) => word is "como" or "cuando" or "donde" or "porque" or "cual" or "quien" or "cuanto" or "solicito" or "pregunta";

    public static bool IsTime(string folded) => Time().IsMatch(folded);

    /// <summary>Lower case, no accents, single spaces: how the lists above are written.</summary>
    public static string Fold(string text)
    {
        return Spaces().Replace(SpanishFolding.Fold(text.Trim()), " ");
    }

    [GeneratedRegex(@"^(hace\s+)?(\d{1,2}\s*(s|seg|min|m|h|d|sem|a|mes|meses|minutos?|horas?|dias?|semanas?)|justo ahora|ahora|just now|ayer|\d{1,2}:\d{2}(:\d{2})?(\s*(a\.?\s?m\.?|p\.?\s?m\.?))?)$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?>\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTime();

    [GeneratedRegex(@"^(ver\s+)?\d+\s+(respuestas?|replies|reply|reacciones|me gusta|likes?)$|^\d+$")]
    private static partial Regex Counted();

    [GeneratedRegex(@"^(miembro|member)\s*\(.*\)$")]
    private static partial Regex MemberFor();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
