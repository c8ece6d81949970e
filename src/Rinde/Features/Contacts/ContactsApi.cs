using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;
using Rinde.Features.Files;

namespace Rinde.Features.Contacts;

public static class ContactsApi
{
    public sealed record ContactImportResponse(int Imported, int Updated, IReadOnlyList<Files.RejectedRow> Rejected);

    public static RouteGroupBuilder MapContactsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/contacts/import", ImportAsync).RequireEditor().DisableAntiforgery();
        return api;
    }

    /// <summary>
    /// Imports the multipart field «file» into the list «list»: its number, or its name among the
    /// user's dependencies' lists (a new list of the user's dependency when there is none).
    /// </summary>
    private static async Task<Results<Ok<ContactImportResponse>, ProblemHttpResult>> ImportAsync(HttpContext http, RindeDbContext db,
        StaffScope scope, ContactLists lists, ContactImporter importer, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            return Problem(StatusCodes.Status400BadRequest, "Envíe multipart/form-data con el archivo en «file» y la lista en «list».");
        }
        var form = await http.Request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem(StatusCodes.Status400BadRequest, "Falta el archivo: envíelo en el campo «file» del formulario.");
        }
        if (file.Length > ContactImporter.MaxBytes)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, ContactImporter.TooLarge);
        }
        var (list, listProblem) = await lists.ResolveAsync(scope, form["list"].ToString(), http.User, ct);
        if (list is null)
        {
            return Problem(StatusCodes.Status400BadRequest, listProblem!);
        }
        await using var content = file.OpenReadStream();
        var (path, error) = await importer.ReceiveAsync(content, ct);
        if (path is null)
        {
            return Problem(error == ContactImporter.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, error!);
        }
        try
        {
            var reading = await importer.ReadAsync(path, ct);
            if (reading.Problem is { } problem)
            {
                return Problem(StatusCodes.Status400BadRequest, problem);
            }
            var result = await importer.ApplyAsync(list.Id, reading, ct);
            return TypedResults.Ok(new ContactImportResponse(result.Imported, result.Updated, result.Rejected));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ProblemHttpResult Problem(int status, string detail) => TypedResults.Problem(statusCode: status, detail: detail);
}
