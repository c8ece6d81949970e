using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Accounts;

namespace Rinde.Features.Survey.Results.Export;

/// <summary>Downloads of the survey (staff: free-text answers are not reviewed for publication).</summary>
public static class SurveyExportApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapSurveyExportApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exercises/{id:int}/survey/results.{format:regex(^(csv|xlsx)$)}", ResultsAsync).RequireExerciseScope();
        api.MapGet("/exercises/{id:int}/survey/responses.{format:regex(^(csv|xlsx)$)}", ResponsesAsync).RequireExerciseScope();
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ResultsAsync(int id, string format, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return NotFound(id);
        }
        var table = SurveyExports.Results(await SurveyAnalysis.ComputeAsync(db, id, 0, ct));
        return Serve(table, format, $"encuesta-resultados-{id}");
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ResponsesAsync(int id, string format, RindeDbContext db, CancellationToken ct)
    {
        if (!await db.Exercises.AnyAsync(e => e.Id == id, ct))
        {
            return NotFound(id);
        }
        return Serve(await SurveyExports.ResponsesAsync(db, id, ct), format, $"encuesta-respuestas-{id}");
    }

    private static FileStreamHttpResult Serve(ExportTable table, string format, string name) => format == "csv"
        ? TypedResults.File(table.WriteCsv(), "text/csv; charset=utf-8", name + ".csv")
        : TypedResults.File(table.WriteXlsx(), Xlsx, name + ".xlsx");

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(detail: $"No existe el ejercicio {id}.", statusCode: StatusCodes.Status404NotFound);
}
