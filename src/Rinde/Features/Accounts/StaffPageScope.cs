using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Rinde.Features.Accounts;

/// <summary>
/// Applies the staff scope to every back-office page by its route, so no page can forget it:
/// an exercise outside the user's dependencies is 404; changing it needs the articulador or
/// administrador role (the desk: also respondedor); the entity's setup pages need administrador.
/// A resource filter, so it runs before the page model's own checks (a sub-list's parent) and
/// before binding: the answer never depends on them.
/// </summary>
public sealed class StaffPageScope(StaffScope scope) : IAsyncResourceFilter
{
    private const string DeskTemplate = "staff/ejercicios/{id:int}/mesa";

    private static readonly string[] AdminOnly = ["staff/dependencias", "staff/formatos", "staff/usuarios", "staff/auditoria", "staff/territorios", "staff/correo"];

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var template = context.ActionDescriptor.AttributeRouteInfo?.Template ?? "";
        if (!template.StartsWith("staff", StringComparison.Ordinal))
        {
            await next();
            return;
        }
        var isPost = HttpMethods.IsPost(context.HttpContext.Request.Method);
        var refusal = await RefusalAsync(template, isPost, context.RouteData.Values);
        if (refusal is not null)
        {
            context.Result = refusal;
            return;
        }
        await next();
    }

    private async Task<IActionResult?> RefusalAsync(string template, bool isPost, RouteValueDictionary values)
    {
        if (AdminOnly.Any(p => template.StartsWith(p, StringComparison.Ordinal)))
        {
            return scope.SeesAll && scope.MayEdit ? null : new ForbidResult();
        }
        if (template.StartsWith("staff/ejercicios/{id", StringComparison.Ordinal))
        {
            if (!int.TryParse(values["id"]?.ToString(), out var id))
            {
                return new NotFoundResult();
            }
            if (!await scope.CanSeeExerciseAsync(id))
            {
                // A sub-unit assigned a question reaches the desk alone (DeskPageModel keeps it to answering those).
                return template == DeskTemplate && await scope.AnswersAssignedOnlyAsync(id) ? null : new NotFoundResult();
            }
            // The desk is for those who answer; the acta's lifecycle checks each step's roles itself.
            if (template.EndsWith("/acta/estado", StringComparison.Ordinal))
            {
                return null;
            }
            var mayChange = template.Contains("/mesa", StringComparison.Ordinal) ? scope.MayAnswer : scope.MayEdit;
            return isPost && !mayChange ? new ForbidResult() : null;
        }
        // Grupos de valor: the list page itself answers 404 for a list of another dependency.
        if ((template == "staff/ejercicios/nuevo" || template.StartsWith("staff/contactos", StringComparison.Ordinal)) && isPost && !scope.MayEdit)
        {
            return new ForbidResult();
        }
        return null;
    }
}
