using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Files;

namespace Rinde.Features.Convocation;

/// <summary>The screenshots that prove a convocation action.</summary>
[UploadLimit]
public class EvidenceModel(RindeDbContext db, FileStore files) : ChildListPageModel<ConvocationAction, ConvocationEvidence, ImageForm>(db)
{
    public override string PartTitle => $"Evidencias de «{Parent.Channel}»";
    public override string Tab => "convocatoria";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/convocatoria", "Convocatoria");
    public override Noun Noun => new("evidencia", "evidencias", Feminine: true);

    protected override IReadOnlyList<Column<ConvocationEvidence>> Columns =>
        [new("Descripción", e => e.Caption), new("Imagen", e => Cells.File(e.FileId, e.File.ContentType, e.Caption))];

    protected override IQueryable<ConvocationEvidence> Include(IQueryable<ConvocationEvidence> items) => items.Include(e => e.File);
    protected override ConvocationEvidence Create(ImageForm input) => new();
    protected override ImageForm ToInput(ConvocationEvidence item) => new() { Caption = item.Caption };
    protected override void Apply(ImageForm input, ConvocationEvidence item) => item.Caption = input.Caption;

    protected override async Task<bool> PrepareAsync(ImageForm input, ConvocationEvidence item, bool isNew)
    {
        item.FileId = await files.StoreAsync(this, "Input.File", input.File, FileStore.ImageTypes, isNew) ?? item.FileId;
        return ModelState.IsValid;
    }
}
