using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Accounts;

/// <summary>
/// The staff scope for API routes about one exercise ({id}) or one question ({questionId}):
/// outside the user's dependencies the exercise does not exist (404).
/// </summary>
public static class ApiScope
{
    /// <summary>The API twin of the back-office forms' rule: only <see cref="StaffScope.Editors"/> change data.</summary>
    public static TBuilder RequireEditor<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireRole(StaffScope.Editors));

    /// <summary>The API twin of the desk page's rule (<see cref="StaffScope.Answerers"/>).</summary>
    public static TBuilder RequireAnswerer<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireRole(StaffScope.Answerers));

    /// <param name="assigned">
    /// Also for a sub-unit assigned a question of the exercise (<see cref="StaffScope.AnswersAssignedOnlyAsync"/>):
    /// the desk's list and stream (which then hold only those questions) and the answer.
    /// </param>
    public static TBuilder RequireExerciseScope<TBuilder>(this TBuilder builder, bool assigned = false) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var scope = http.RequestServices.GetRequiredService<StaffScope>();
            var values = http.Request.RouteValues;
            int? exerciseId = int.TryParse(values["id"]?.ToString(), out var id) ? id : null;
            int? question = null;
            if (exerciseId is null && int.TryParse(values["questionId"]?.ToString(), out var questionId))
            {
                var db = http.RequestServices.GetRequiredService<RindeDbContext>();
                exerciseId = await db.CitizenQuestions.Where(q => q.Id == questionId).Select(q => (int?)q.ExerciseId).FirstOrDefaultAsync();
                question = questionId;
            }
            if (exerciseId is int exercise && !await scope.CanSeeExerciseAsync(exercise)
                && !(assigned && await scope.AnswersAssignedOnlyAsync(exercise, question)))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio o no es de sus dependencias.");
            }
            return await next(context);
        });
}
