using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Exercises;

namespace Rinde.Features.BackOffice;

/// <summary>Where a field's select options come from (see FieldRenderer).</summary>
public interface IFieldOptions
{
    IReadOnlyList<SelectListItem>? OptionsFor(string property);
}

/// <summary>
/// Base of the back-office pages. A page whose route has {id} is about that exercise: it
/// gets its header, answers 404 when it does not exist, and refuses every POST (409) while the
/// acta is approved or published (ActaStates.IsFrozen). A page may also edit some of the exercise's texts.
/// </summary>
public abstract class StaffPageModel(RindeDbContext db) : PageModel, IFieldOptions
{
    protected RindeDbContext Db => db;

    public ExerciseHeader? Exercise { get; private set; }
    public int ExerciseId => Exercise?.Id ?? 0;
    public bool Locked => Exercise?.Locked == true && !FollowUp;

    /// <summary>
    /// Follow-up pages (commitments and their progress) stay editable after approval: they do
    /// not change the frozen acta, they record what happened afterwards.
    /// </summary>
    protected virtual bool FollowUp => false;

    /// <summary>The part's name: the page's h2 and the browser's title.</summary>
    public abstract string PartTitle { get; }

    /// <summary>Key of the tab (ExerciseTabs) the page belongs to.</summary>
    public abstract string Tab { get; }

    /// <summary>A link back to the list a drill-down page belongs to.</summary>
    public virtual (string Href, string Label)? Back => null;

    public virtual IReadOnlyList<ExerciseText> Texts => [];
    public Dictionary<string, string> TextValues { get; } = [];

    /// <summary>The stamp of the texts as shown, and what someone else saved meanwhile (see EditStamp).</summary>
    public EditState TextsEdit { get; } = new();

    protected Dictionary<string, IReadOnlyList<SelectListItem>> Options { get; } = [];
    public IReadOnlyList<SelectListItem>? OptionsFor(string property) => Options.GetValueOrDefault(property);

    protected DateTime Now => HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
    protected string PagePath => Request.PathBase + Request.Path;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (RouteData.Values.TryGetValue("id", out var raw) && int.TryParse(raw?.ToString(), out var id))
        {
            Exercise = await ExerciseHeader.LoadAsync(db, id);
            if (Exercise is null)
            {
                context.Result = NotFound();
                return;
            }
            if (Locked && HttpMethods.IsPost(Request.Method))
            {
                // 409: the Spanish error page says why and links to the acta's state (reopening).
                context.Result = StatusCode(StatusCodes.Status409Conflict);
                return;
            }
        }
        if (await BeforeHandlerAsync() is { } refusal)
        {
            context.Result = refusal;
            return;
        }
        ViewData["Title"] = Exercise is null ? PartTitle : $"{PartTitle} · {Exercise.Title}";
        // Also when a POST shows the page again (another form refused): the texts are shown as stored, never blank.
        if (Texts.Count > 0)
        {
            var exercise = await db.Exercises.AsNoTracking().FirstAsync(e => e.Id == ExerciseId);
            foreach (var text in Texts)
            {
                TextValues[text.Key] = text.Get(exercise);
            }
            TextsEdit.Stamp = EditStamp.Of(TextFields(TextValues));
        }
        await next();
    }

    /// <summary>A chance to load a parent record and refuse the request (404) before any handler.</summary>
    protected virtual Task<IActionResult?> BeforeHandlerAsync() => Task.FromResult<IActionResult?>(null);

    /// <summary>Saves the texts this page edits (the _Texts partial's form).</summary>
    public async Task<IActionResult> OnPostTextsAsync()
    {
        if (Texts.Count == 0)
        {
            return NotFound();
        }
        await using var transaction = await BeginEditAsync();
        var exercise = await db.Exercises.FirstAsync(e => e.Id == ExerciseId);
        var typed = Texts.ToDictionary(t => t.Key, t => Request.Form.TryGetValue(t.FieldName, out var v) ? v.ToString().Trim() : t.Get(exercise));
        var stored = TextFields(Texts.ToDictionary(t => t.Key, t => t.Get(exercise)));
        if (TextsEdit.Refuse(SeenStamp, stored, TextFields(typed)))
        {
            foreach (var (key, value) in typed)
            {
                TextValues[key] = value;
            }
            return await RedisplayAsync();
        }
        foreach (var text in Texts)
        {
            text.Set(exercise, typed[text.Key]);
        }
        exercise.UpdatedAt = Now;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return Done("Se guardaron los textos.", PagePath + "#textos");
    }

    /// <summary>The stamp the posted form carried.</summary>
    protected string? SeenStamp => Request.HasFormContentType ? Request.Form[EditStamp.FieldName].ToString() : null;

    /// <summary>
    /// Starts a save of the exercise's data: the transaction first writes the exercise's row, so
    /// saves of one exercise take turns (on SQLite and PostgreSQL alike) and the stamp checked
    /// inside it is still true when the change is written.
    /// </summary>
    protected async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginEditAsync()
    {
        var transaction = await db.Database.BeginTransactionAsync();
        await TouchAsync();
        return transaction;
    }

    /// <summary>Shows the page again after a refused save, with what the person typed (see EditStamp).</summary>
    protected virtual Task<IActionResult> RedisplayAsync() => Task.FromResult<IActionResult>(Page());

    private IReadOnlyList<EditedField> TextFields(IReadOnlyDictionary<string, string> values) =>
        [.. Texts.Select(t => new EditedField(t.Key, t.Label, values.GetValueOrDefault(t.Key, "").Trim()))];

    /// <summary>A value chosen from a list of options must be one of them (another exercise's theme is not).</summary>
    protected void ValidateChoices(object input, string prefix)
    {
        foreach (var property in input.GetType().GetProperties())
        {
            if (OptionsFor(property.Name) is { } options && property.GetValue(input) is { } value
                && !options.Any(o => o.Value == Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                ModelState.AddModelError($"{prefix}.{property.Name}", "Elija una de las opciones de la lista.");
            }
        }
    }

    /// <summary>Marks the exercise as changed now (parts are saved on their own tables).</summary>
    protected async Task TouchAsync()
    {
        if (Exercise is not null)
        {
            var now = Now;
            await db.Exercises.Where(e => e.Id == ExerciseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.UpdatedAt, now));
        }
    }

    /// <summary>Post/redirect/get with the message the layout shows.</summary>
    protected RedirectResult Done(string message, string? url = null)
    {
        TempData["Mensaje"] = message;
        return Redirect(url ?? PagePath);
    }
}
