using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Commitments;

/// <summary>Tasks and commitments: what, who and when.</summary>
public class CommitmentsModel(RindeDbContext db) : ListPageModel<Commitment, CommitmentsModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Compromiso"), DataType(DataType.MultilineText), Required(ErrorMessage = "Escriba el compromiso.")]
        public string Description { get; set; } = "";

        [Display(Name = "Responsable"), Required(ErrorMessage = "Escriba quién es responsable."), StringLength(300, ErrorMessage = "El responsable admite hasta 300 caracteres.")]
        public string Owner { get; set; } = "";

        [Display(Name = "Fecha de cumplimiento")]
        public DateOnly? DueDate { get; set; }

        [Display(Name = "Estado")]
        public CommitmentStatus Status { get; set; }

        [Display(Name = "Origen")]
        public CommitmentOrigin Origin { get; set; }

        [Display(Name = "Pregunta que atiende", Description = "Solo si nace de una pregunta ciudadana.")]
        public int? QuestionId { get; set; }
    }

    public override string PartTitle => "Tareas y compromisos";
    public override string Tab => "compromisos";
    public override Noun Noun => new("compromiso", "compromisos");

    protected override IReadOnlyList<Column<Commitment>> Columns =>
    [
        new("Compromiso", c => c.Description), new("Responsable", c => c.Owner),
        new("Fecha", c => Cells.Date(c.DueDate)),
        new("Estado", c => PublicCommitmentsModel.IsOverdue(c.DueDate, c.Status, ColombiaTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>()))
            ? Cells.Overdue(EnumLabels.Of(c.Status) + " · vencido") : EnumLabels.Of(c.Status)),
        new("Avances", c => Cells.Link($"{PagePath}/{c.Id}/avances", "Avances")),
    ];

    protected override bool FollowUp => true;

    protected override async Task LoadOptionsAsync() =>
        Options["QuestionId"] = [.. (await Db.CitizenQuestions.Where(q => q.ExerciseId == ExerciseId).OrderBy(q => q.Number)
            .Select(q => new { q.Id, q.Number, q.Text }).ToListAsync())
            .Select(q => new SelectListItem($"N.º {q.Number}: {(q.Text.Length > 80 ? q.Text[..80] + "…" : q.Text)}", q.Id.ToString(Infrastructure.EsCo.Culture)))];

    protected override Commitment Create(Form input) => new() { Description = input.Description };

    protected override Form ToInput(Commitment item) => new()
    {
        Description = item.Description, Owner = item.Owner, DueDate = item.DueDate, Status = item.Status, Origin = item.Origin, QuestionId = item.QuestionId,
    };

    protected override void Apply(Form input, Commitment item) =>
        (item.Description, item.Owner, item.DueDate, item.Status, item.Origin, item.QuestionId) =
        (input.Description, input.Owner, input.DueDate, input.Status, input.Origin, input.QuestionId);

    protected override Task ValidateAsync(Form input, Commitment? existing)
    {
        if (input.Origin == CommitmentOrigin.Pregunta && input.QuestionId is null)
        {
            ModelState.AddModelError("Input.QuestionId", "Elija la pregunta de la que nace el compromiso.");
        }
        return Task.CompletedTask;
    }
}
