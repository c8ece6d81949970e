using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Rinde.Features.Errors;

/// <summary>
/// What a browser reads when something goes wrong (see Infrastructure/ErrorResponses): what
/// happened in plain Spanish, what to do next, and a link back to where it makes sense.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public partial class ErrorPageModel : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";
    public string BackHref { get; private set; } = "/";
    public string BackLabel { get; private set; } = "Volver al inicio";

    public PageResult OnGet(int? code) => Show(code);

    public PageResult OnPost(int? code) => Show(code);

    private PageResult Show(int? code)
    {
        Status = code is >= 400 and < 600 ? code.Value : Response.StatusCode >= 400 ? Response.StatusCode : 404;
        // Reached directly (an address no page has, or /error itself): a plain 404.
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is null)
        {
            Status = 404;
        }
        Response.StatusCode = Status;
        Describe(original ?? Request.Path);
        ViewData["Title"] = Heading;
        return Page();
    }

    private void Describe(string path)
    {
        var staff = path.StartsWith("/staff", StringComparison.Ordinal);
        if (staff && User.Identity?.IsAuthenticated == true)
        {
            (BackHref, BackLabel) = ("/staff", "Volver a los ejercicios");
        }
        var exercise = ExercisePath().Match(path);
        (Heading, Explanation) = Status switch
        {
            404 when exercise.Success && exercise.Groups["question"].Success =>
                ("No encontramos esa pregunta", "Revise el número que recibió al enviarla. Si acaba de enviarla, puede tardar un momento en aparecer."),
            404 when exercise.Success && !staff =>
                ("No encontramos ese ejercicio", "Puede que la dirección esté incompleta o que el ejercicio aún no se haya publicado. Vea los diálogos abiertos en el inicio."),
            404 => ("No encontramos esta página", "Revise la dirección, o vuelva y búsquela desde el menú."),
            403 => ("No tiene permiso para esto", "Su usuario no tiene el rol o la dependencia que hacen falta. Si cree que debería tenerlo, pídalo al administrador de Rinde."),
            409 => ("Ya no se puede modificar", "El acta de este ejercicio ya fue aprobada o publicada. Para corregirla, un revisor o un administrador debe reabrirla desde el estado del acta; al aprobarla de nuevo queda una versión nueva."),
            413 => ("El archivo es demasiado grande", "Reduzca el archivo o divídalo, y vuelva a intentarlo."),
            429 => ("Demasiados intentos seguidos", "Espere un momento y vuelva a intentarlo."),
            503 => ("El servicio no está disponible", "Rinde no puede consultar sus datos en este momento. Intente de nuevo en unos minutos; lo que ya guardó no se ha perdido."),
            >= 500 => ("Algo salió mal de nuestro lado", "No es un error suyo. Intente de nuevo; si sigue pasando, avise al administrador de Rinde."),
            _ => ("No pudimos atender la solicitud", "Revise los datos enviados y vuelva a intentarlo desde la página anterior."),
        };
        if (Status == 409 && StaffExercisePath().Match(path) is { Success: true } frozen)
        {
            (BackHref, BackLabel) = ($"/staff/ejercicios/{frozen.Groups["id"].Value}/acta/estado", "Ver el estado del acta");
        }
        if (exercise.Success && !staff && Status == 404 && exercise.Groups["question"].Success)
        {
            (BackHref, BackLabel) = ($"/ejercicios/{exercise.Groups["id"].Value}", "Volver al ejercicio");
        }
    }

    [GeneratedRegex(@"^/ejercicios/(?<id>\d+)(?<question>/preguntas|/seguimiento)?")]
    private static partial Regex ExercisePath();

    [GeneratedRegex(@"^/staff/ejercicios/(?<id>\d+)")]
    private static partial Regex StaffExercisePath();
}
