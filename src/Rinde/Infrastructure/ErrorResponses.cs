using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Rinde.Infrastructure;

/// <summary>
/// Where errors go: the API answers ProblemDetails in Spanish; browsers get a Spanish page
/// (Features/Errors) with a way back. The same status either way: a request the app cannot
/// read is 400 (or 413), a database that does not answer is 503, anything else 500.
/// </summary>
public static class ErrorResponses
{
    public const string PagePath = "/error";

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsDatabaseDown(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The database refused or dropped the connection (outage, restart, missing database).</summary>
    public static bool IsDatabaseDown(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or System.Net.Sockets.SocketException or TimeoutException)
            {
                return true;
            }
        }
        return false;
    }

    public static WebApplication UseRindeErrors(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = PagePath, StatusCodeSelector = StatusFor });
            pages.UseStatusCodePagesWithReExecute(PagePath + "/{0}");
        });
        return app;
    }

    /// <summary>
    /// An address no page has is the error page's 404 for anyone: without this, the sign-in
    /// requirement would send a citizen who mistyped an address to the staff sign-in form.
    /// </summary>
    public static void MapPageFallback(this WebApplication app) =>
        app.MapFallbackToPage("{*path:regex(^(?!api/).*$)}", "/Errors/ErrorPage").AllowAnonymous();
}

/// <summary>The API's errors in Spanish ProblemDetails; pages are left to the error page.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ErrorResponses.IsApi(httpContext))
        {
            return false;
        }
        var status = ErrorResponses.StatusFor(exception);
        var (title, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ("Solicitud inválida", "La solicitud es demasiado grande."),
            BadHttpRequestException bad => ("Solicitud inválida",
                $"No se pudo leer la solicitud: revise que sea JSON válido, con fechas AAAA-MM-DD y valores permitidos{Where(bad)}."),
            _ when status == StatusCodes.Status503ServiceUnavailable => ("Servicio no disponible",
                "La base de datos no responde en este momento. Intente de nuevo en unos minutos."),
            _ => ("Error inesperado", "Ocurrió un error inesperado. Intente de nuevo; si sigue pasando, avise al administrador de Rinde."),
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }

    private static string Where(BadHttpRequestException bad) =>
        bad.InnerException is JsonException { Path: { Length: > 0 } path } ? $" (en {path.TrimStart('$', '.')})" : "";
}
