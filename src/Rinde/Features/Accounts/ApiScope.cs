using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Accounts;

/// <summary>
/// The staff scope for API routes about one exercise ({id}) or one question ({questionId}):
/// outside the user's dependencies the exercise does not exist (404).
/// </summary>
public static class ApiScope
{
    public static TBuilder RequireExerciseScope<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var scope = http.RequestServices.GetRequiredService<StaffScope>();
            var values = http.Request.RouteValues;
            int? exerciseId = int.TryParse(values["id"]?.ToString(), out var id) ? id : null;
            if (exerciseId is null && int.TryParse(values["questionId"]?.ToString(), out var questionId))
            {
                var db = http.RequestServices.GetRequiredService<RindeDbContext>();
                exerciseId = await db.CitizenQuestions.Where(q => q.Id == questionId).Select(q => (int?)q.ExerciseId).FirstOrDefaultAsync();
            }
            if (exerciseId is int exercise && !await scope.CanSeeExerciseAsync(exercise))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "No existe ese ejercicio o no es de sus dependencias.");
            }
            return await next(context);
        });
}
