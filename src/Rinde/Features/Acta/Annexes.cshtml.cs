using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Files;

namespace Rinde.Features.Acta;

/// <summary>The annexes listed at the end of the acta (attendance lists, presentation), with their files.</summary>
[UploadLimit]
public class AnnexesModel(RindeDbContext db, FileStore files) : ListPageModel<Annex, AnnexesModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Anexo", Description = "P. ej. «Listado de asistencia (3 folios)»."), Required(ErrorMessage = "Escriba el nombre del anexo.")]
        [StringLength(500, ErrorMessage = "El nombre admite hasta 500 caracteres.")]
        public string Title { get; set; } = "";

        [Display(Name = "Archivo", Description = "Opcional. PDF, imagen o documento de Office (DOCX, XLSX, PPTX) de hasta 20 MB. Al editar, déjelo vacío para conservar el actual.")]
        [Accept(Uploads.AnnexAccept)]
        public IFormFile? File { get; set; }
    }

    public override string PartTitle => "Anexos del acta";
    public override string Tab => "acta-anexos";
    public override Noun Noun => new("anexo", "anexos");

    protected override IReadOnlyList<Column<Annex>> Columns =>
        [new("Anexo", a => a.Title), new("Archivo", a => a.File is null ? "Sin archivo" : Cells.File(a.FileId, a.File.ContentType, a.Title))];

    protected override IQueryable<Annex> Include(IQueryable<Annex> items) => items.Include(a => a.File);
    protected override Annex Create(Form input) => new() { Title = input.Title };
    protected override Form ToInput(Annex item) => new() { Title = item.Title };
    protected override void Apply(Form input, Annex item) => item.Title = input.Title;

    protected override async Task<bool> PrepareAsync(Form input, Annex item, bool isNew)
    {
        item.FileId = await files.StoreAsync(this, "Input.File", input.File, FileSniffer.AnnexTypes, required: false) ?? item.FileId;
        return ModelState.IsValid;
    }
}
