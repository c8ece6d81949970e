using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Rinde.Infrastructure;

/// <summary>
/// A request body that cannot be read (malformed JSON, an unknown enum value, a bad date)
/// is the caller's mistake: 400 with a Spanish ProblemDetails, never a 500.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var where = bad.InnerException is JsonException { Path: { Length: > 0 } path } ? $" (en {path.TrimStart('$', '.')})" : "";
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Solicitud inválida",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? "La solicitud es demasiado grande."
                    : $"No se pudo leer la solicitud: revise que sea JSON válido, con fechas AAAA-MM-DD y valores permitidos{where}.",
            },
        });
    }
}
