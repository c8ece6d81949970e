using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Files;

namespace Rinde.Features.Reporting;

/// <summary>The images of a reported section, with caption and source.</summary>
[UploadLimit]
public class ImagesModel(RindeDbContext db, FileStore files) : ChildListPageModel<ReportSection, ReportImage, ImagesModel.Form>(db)
{
    public sealed class Form : ImageForm
    {
        [Display(Name = "Fuente", Order = 10_001)]
        public string Source { get; set; } = "";
    }

    public override string PartTitle => $"Imágenes de «{Parent.Title}»";
    public override string Tab => "informe";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/informe", "Información reportada");
    public override Noun Noun => new("imagen", "imágenes", Feminine: true);

    protected override IReadOnlyList<Column<ReportImage>> Columns =>
        [new("Descripción", i => i.Caption), new("Imagen", i => Cells.File(i.FileId, i.File.ContentType, i.Caption)), new("Fuente", i => i.Source)];

    protected override IQueryable<ReportImage> Include(IQueryable<ReportImage> items) => items.Include(i => i.File);
    protected override ReportImage Create(Form input) => new();
    protected override Form ToInput(ReportImage item) => new() { Caption = item.Caption, Source = item.Source };
    protected override void Apply(Form input, ReportImage item) => (item.Caption, item.Source) = (input.Caption, input.Source);

    protected override async Task<bool> PrepareAsync(Form input, ReportImage item, bool isNew)
    {
        item.FileId = await files.StoreAsync(this, "Input.File", input.File, FileStore.ImageTypes, isNew) ?? item.FileId;
        return ModelState.IsValid;
    }
}
