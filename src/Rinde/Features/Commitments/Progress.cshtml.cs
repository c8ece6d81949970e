using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.BackOffice;
using Rinde.Features.Files;

namespace Rinde.Features.Commitments;

/// <summary>Progress notes and evidence of a commitment, kept after the acta is published.</summary>
[UploadLimit]
public class ProgressModel(RindeDbContext db, FileStore files) : ChildListPageModel<Commitment, CommitmentProgress, ProgressModel.Form>(db)
{
    public sealed class Form
    {
        [Display(Name = "Fecha"), Required(ErrorMessage = "Indique la fecha del avance.")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Avance"), DataType(DataType.MultilineText), Required(ErrorMessage = "Describa el avance.")]
        public string Note { get; set; } = "";

        [Display(Name = "Evidencia", Description = "Opcional: imagen, PDF o documento de Office de hasta 20 MB.")]
        public IFormFile? Evidence { get; set; }
    }

    protected override bool FollowUp => true;
    public override string PartTitle => $"Avances de «{Parent.Description}»";
    public override string Tab => "compromisos";
    public override (string Href, string Label)? Back => ($"/staff/ejercicios/{ExerciseId}/compromisos", "Compromisos");
    public override Noun Noun => new("avance", "avances");

    protected override IReadOnlyList<Column<CommitmentProgress>> Columns =>
    [
        new("Fecha", p => Cells.Date(p.Date)), new("Avance", p => p.Note), new("Registró", p => p.By),
        new("Evidencia", p => p.EvidenceFile is null ? "—" : Cells.File(p.EvidenceFile.Id, p.EvidenceFile.ContentType, p.EvidenceFile.FileName)),
    ];

    protected override IQueryable<CommitmentProgress> Include(IQueryable<CommitmentProgress> items) => items.Include(p => p.EvidenceFile);
    protected override CommitmentProgress Create(Form input) => new() { Note = input.Note, By = User.Identity?.Name ?? "" };
    protected override Form ToInput(CommitmentProgress item) => new() { Date = item.Date, Note = item.Note };
    protected override void Apply(Form input, CommitmentProgress item) => (item.Date, item.Note) = (input.Date!.Value, input.Note);

    protected override async Task<bool> PrepareAsync(Form input, CommitmentProgress item, bool isNew)
    {
        item.EvidenceFileId = await files.StoreAsync(this, "Input.Evidence", input.Evidence, FileSniffer.AnnexTypes, required: false) ?? item.EvidenceFileId;
        return ModelState.IsValid;
    }
}
