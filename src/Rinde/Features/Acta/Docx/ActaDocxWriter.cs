using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;

namespace Rinde.Features.Acta.Docx;

/// <summary>Writes the acta as a Word document in the entity's format.</summary>
public static class ActaDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(ActaModel m) => Infrastructure.Telemetry.Time(Infrastructure.Telemetry.ActaGeneration, "formato", "docx", () => Build(m));

    private static byte[] Build(ActaModel m)
    {
        // Relationship ids are given, not random, so the same acta is the same document, part by part.
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = Infrastructure.TextInput.Clean($"Acta {m.Meeting.NumberText} – {m.Title}");
            doc.PackageProperties.Language = "es-CO";
            doc.PackageProperties.Creator = "Rinde";
            var main = doc.AddMainDocumentPart();
            DocxStyles.Add(main);
            var (headerId, footerId) = DocxHeaderFooter.Add(main, m.Header);

            var ctx = new DocxContext(main);
            DocxMeeting.Write(ctx, m);
            DocxOpening.Write(ctx, m);
            DocxReport.Write(ctx, m);
            DocxQuestions.Write(ctx, m);
            DocxSurvey.Write(ctx, m);
            DocxSelfAssessment.Write(ctx, m);
            DocxClosing.Write(ctx, m);
            DocxNumbering.Add(main, ctx.NumberedLists);

            ctx.Body.Append(Section(headerId, footerId));
            main.Document = new Document(ctx.Body);
            DocxCleaner.Clean(main);
        }
        return stream.ToArray();
    }

    /// <summary>Letter paper, 2 cm margins, the header table and the page footer on every page.</summary>
    private static SectionProperties Section(string headerId, string footerId) => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 12240U, Height = 15840U },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U });
}
