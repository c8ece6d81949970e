using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.BackOffice;

/// <summary>
/// A page that edits one list: a table with edit, move up/down and delete (confirmed on a
/// second step, then POST), and a form to add or edit an item. Items belong to a scope
/// (ExerciseId, or a parent's id) and keep their place in an Order column. A page only says
/// how its form maps to the entity and what its table shows.
/// </summary>
public abstract class ListPageModel<TItem, TInput>(RindeDbContext db) : StaffPageModel(db), IListView
    where TItem : class
    where TInput : class, new()
{
    public TInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "editar")]
    public int? EditId { get; set; }

    [BindProperty(SupportsGet = true, Name = "borrar")]
    public int? DeleteId { get; set; }

    public List<TItem> Items { get; private set; } = [];

    /// <summary>The edit form's stamp and conflict (see EditStamp); an added item has nothing to conflict with.</summary>
    public EditState Edit { get; } = new();

    public abstract Noun Noun { get; }
    protected abstract IReadOnlyList<Column<TItem>> Columns { get; }
    protected abstract TItem Create(TInput input);
    protected abstract TInput ToInput(TItem item);
    protected abstract void Apply(TInput input, TItem item);

    /// <summary>The foreign key that ties items to their owner; null for the entity's own lists.</summary>
    protected virtual string? ScopeProperty => "ExerciseId";
    protected virtual int ScopeId => ExerciseId;

    /// <summary>The column that keeps the order; null when the list has no order of its own.</summary>
    protected virtual string? OrderProperty => "Order";

    /// <summary>The add form's starting values.</summary>
    protected virtual TInput Blank() => new();

    protected virtual IQueryable<TItem> Include(IQueryable<TItem> items) => items;
    protected virtual List<TItem> Sort(List<TItem> items) => items;
    protected virtual Task LoadOptionsAsync() => Task.CompletedTask;

    /// <summary>Checks beyond the attributes; add errors to ModelState under "Input.&lt;Property&gt;".</summary>
    protected virtual Task ValidateAsync(TInput input, TItem? existing) => Task.CompletedTask;

    /// <summary>Runs after validation and before saving (e.g. storing an upload); false if it added errors.</summary>
    protected virtual Task<bool> PrepareAsync(TInput input, TItem item, bool isNew) => Task.FromResult(true);

    /// <summary>A Spanish reason why the item cannot be deleted, or null.</summary>
    protected virtual Task<string?> RefuseDeleteAsync(TItem item) => Task.FromResult<string?>(null);

    protected virtual string RowName(TItem item) => Columns[0].Cell(item)?.ToString() ?? "";

    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];
    public IReadOnlyList<ListRow> Rows => [.. Items.Select(i => new ListRow(IdOf(i), RowName(i), [.. Columns.Select(c => c.Cell(i))]))];
    public object FormInput => Input;
    public bool CanMove => OrderProperty is not null;
    public bool HasFile => typeof(TInput).GetProperties().Any(p => p.PropertyType == typeof(IFormFile));

    public async Task<IActionResult> OnGetAsync()
    {
        Input = Blank();
        if (EditId is int id)
        {
            if (await FindAsync(id) is not { } item)
            {
                return NotFound();
            }
            Input = ToInput(item);
            Edit.Stamp = EditStamp.Of(EditStamp.FieldsOf(Input));
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? itemId)
    {
        var input = new TInput();
        await TryUpdateModelAsync(input, nameof(Input));
        InputCleaner.Clean(input);
        (Input, EditId) = (input, itemId);
        await using var transaction = await BeginEditAsync();
        var existing = itemId is int id ? await FindAsync(id) : null;
        if (itemId is not null && existing is null)
        {
            return NotFound();
        }
        await LoadOptionsAsync();
        ValidateChoices(input, nameof(Input));
        await ValidateAsync(input, existing);
        var item = existing ?? Create(input);
        if (existing is not null && Edit.Refuse(SeenStamp, EditStamp.FieldsOf(ToInput(existing), this), EditStamp.FieldsOf(input, this)))
        {
            await LoadAsync();
            return Page();
        }
        if (!ModelState.IsValid || !await PrepareAsync(input, item, existing is null))
        {
            await LoadAsync();
            return Page();
        }
        Apply(input, item);
        if (existing is null)
        {
            await AddAsync(item);
        }
        await Db.SaveChangesAsync();
        await transaction.CommitAsync();
        var verb = existing is null ? "Se agregó" : "Se guardó";
        return Done($"{verb} {Noun.The} «{RowName(item)}».", $"{PagePath}#fila-{IdOf(item)}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int itemId)
    {
        if (await FindAsync(itemId) is not { } item)
        {
            return NotFound();
        }
        if (await RefuseDeleteAsync(item) is { } reason)
        {
            TempData["Error"] = reason;
            return Redirect(PagePath);
        }
        Db.Remove(item);
        await Db.SaveChangesAsync();
        await TouchAsync();
        return Done($"Se eliminó {Noun.The} «{RowName(item)}».");
    }

    public async Task<IActionResult> OnPostMoveAsync(int itemId, int by)
    {
        if (OrderProperty is null)
        {
            return NotFound();
        }
        var items = await Ordered(Scoped()).ToListAsync();
        var index = items.FindIndex(i => IdOf(i) == itemId);
        if (index < 0)
        {
            return NotFound();
        }
        var target = index + Math.Sign(by);
        if (target >= 0 && target < items.Count)
        {
            (items[index], items[target]) = (items[target], items[index]);
            await RenumberAsync(items);
            await TouchAsync();
        }
        return Done($"Se movió {Noun.The} «{RowName(items[Math.Clamp(target, 0, items.Count - 1)])}».", $"{PagePath}#fila-{itemId}");
    }

    protected virtual IQueryable<TItem> Scoped()
    {
        IQueryable<TItem> items = Db.Set<TItem>();
        if (ScopeProperty is { } scope)
        {
            var owner = ScopeId;
            items = items.Where(i => EF.Property<int>(i, scope) == owner);
        }
        return items;
    }

    protected int IdOf(TItem item) => Db.Entry(item).Property<int>("Id").CurrentValue;

    private IQueryable<TItem> Ordered(IQueryable<TItem> items) => OrderProperty is { } order
        ? items.OrderBy(i => EF.Property<int>(i, order)).ThenBy(i => EF.Property<int>(i, "Id"))
        : items.OrderBy(i => EF.Property<int>(i, "Id"));

    private Task<TItem?> FindAsync(int id) => Include(Scoped()).FirstOrDefaultAsync(i => EF.Property<int>(i, "Id") == id);

    protected override async Task<IActionResult> RedisplayAsync()
    {
        Input = Blank();
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Items = Sort(await Ordered(Include(Scoped())).ToListAsync());
        await LoadOptionsAsync();
    }

    private async Task AddAsync(TItem item)
    {
        var entry = Db.Entry(item);
        if (ScopeProperty is { } scope)
        {
            entry.Property(scope).CurrentValue = ScopeId;
        }
        if (OrderProperty is { } order)
        {
            var last = await Scoped().MaxAsync(i => (int?)EF.Property<int>(i, order)) ?? 0;
            entry.Property(order).CurrentValue = last + 1;
        }
        Db.Add(item);
    }

    /// <summary>
    /// Numbers the items 1..n in their new order. Two steps through negative numbers so a
    /// unique order (a question's Number) never collides half-way.
    /// </summary>
    private async Task RenumberAsync(List<TItem> items)
    {
        await using var transaction = await Db.Database.BeginTransactionAsync();
        foreach (var step in new[] { -1, 1 })
        {
            for (var i = 0; i < items.Count; i++)
            {
                Db.Entry(items[i]).Property(OrderProperty!).CurrentValue = step * (i + 1);
            }
            await Db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
    }
}
