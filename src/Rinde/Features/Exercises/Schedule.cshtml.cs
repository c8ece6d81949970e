using System.ComponentModel.DataAnnotations;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Infrastructure;

namespace Rinde.Features.Exercises;

/// <summary>The exercise's schedule of activities (cronograma).</summary>
public class ScheduleModel(RindeDbContext db) : ListPageModel<ScheduleActivity, ScheduleModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Actividad"), Required(ErrorMessage = "Escriba la actividad."), StringLength(500, ErrorMessage = "La actividad admite hasta 500 caracteres.")]
        public string Activity { get; set; } = "";

        [Display(Name = "Responsable"), StringLength(300, ErrorMessage = "El responsable admite hasta 300 caracteres.")]
        public string Owner { get; set; } = "";

        [Display(Name = "Fecha límite")]
        public DateOnly? DueDate { get; set; }

        [Display(Name = "Fecha de realización", Description = "Déjela vacía mientras la actividad esté pendiente.")]
        public DateOnly? DoneDate { get; set; }

        [Display(Name = "Evidencia", Description = "Qué prueba que se hizo: un enlace, un documento, un acta…"), DataType(DataType.MultilineText)]
        public string Evidence { get; set; } = "";
    }

    public override string PartTitle => "Cronograma de actividades";
    public override string Tab => "cronograma";
    public override Noun Noun => new("actividad", "actividades", Feminine: true);

    protected override IReadOnlyList<Column<ScheduleActivity>> Columns =>
    [
        new("Actividad", a => a.Activity), new("Responsable", a => a.Owner),
        new("Fecha límite", a => Cells.Date(a.DueDate)), new("Realizada", a => Cells.Date(a.DoneDate)), new("Evidencia", a => a.Evidence),
        new("Seguimiento", a => a.DoneDate is not null ? "Cumplida"
            : a.DueDate < ColombiaTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>()) ? Cells.Overdue("Vencida") : "En plazo"),
        new("Avances", a => Cells.Link($"{PagePath}/{a.Id}/avances", "Avances")),
    ];

    // The schedule is followed up after the dialogue too, also once the acta is approved.
    protected override bool FollowUp => true;

    protected override Task ValidateAsync(Form input, ScheduleActivity? existing)
    {
        if (ScheduleActivity.DoneDateProblem(input.DoneDate, ColombiaTime.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>())) is { } problem)
        {
            ModelState.AddModelError("Input.DoneDate", problem);
        }
        return Task.CompletedTask;
    }

    protected override ScheduleActivity Create(Form input) => new() { Activity = input.Activity };

    protected override Form ToInput(ScheduleActivity item) =>
        new() { Activity = item.Activity, Owner = item.Owner, DueDate = item.DueDate, DoneDate = item.DoneDate, Evidence = item.Evidence };

    protected override void Apply(Form input, ScheduleActivity item) =>
        (item.Activity, item.Owner, item.DueDate, item.DoneDate, item.Evidence) = (input.Activity, input.Owner, input.DueDate, input.DoneDate, input.Evidence);
}
