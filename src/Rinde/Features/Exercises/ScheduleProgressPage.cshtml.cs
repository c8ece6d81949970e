using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Commitments;
using Rinde.Features.Files;

namespace Rinde.Features.Exercises;

/// <summary>Progress notes and evidence of a schedule activity.</summary>
[UploadLimit]
public class ScheduleProgressPageModel(RindeDbContext db, FileStore files)
    : ChildListPageModel<ScheduleActivity, ScheduleProgress, ProgressModel.Form>(db)
{
    protected override bool FollowUp => true;
    public override string PartTitle => $"Avances de «{Parent.Activity}»";
    public override string Tab => "cronograma";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/cronograma", "Cronograma");
    public override Noun Noun => new("avance", "avances");

    protected override IReadOnlyList<Column<ScheduleProgress>> Columns =>
    [
        new("Fecha", p => Cells.Date(p.Date)), new("Avance", p => p.Note), new("Registró", p => p.By),
        new("Evidencia", p => p.EvidenceFile is null ? "—" : Cells.File(p.EvidenceFile.Id, p.EvidenceFile.ContentType, p.EvidenceFile.FileName)),
    ];

    protected override IQueryable<ScheduleProgress> Include(IQueryable<ScheduleProgress> items) => items.Include(p => p.EvidenceFile);
    protected override ScheduleProgress Create(ProgressModel.Form input) => new() { Note = input.Note, By = User.Identity?.Name ?? "" };
    protected override ProgressModel.Form ToInput(ScheduleProgress item) => new() { Date = item.Date, Note = item.Note };
    protected override void Apply(ProgressModel.Form input, ScheduleProgress item) => (item.Date, item.Note) = (input.Date!.Value, input.Note);

    protected override async Task<bool> PrepareAsync(ProgressModel.Form input, ScheduleProgress item, bool isNew)
    {
        item.EvidenceFileId = await files.StoreAsync(this, "Input.Evidence", input.Evidence, FileSniffer.AnnexTypes, required: false) ?? item.EvidenceFileId;
        return ModelState.IsValid;
    }
}
