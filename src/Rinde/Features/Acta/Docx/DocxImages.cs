using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rinde.Features.Acta.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Rinde.Features.Acta.Docx;

/// <summary>Pictures in line with the text, scaled to fit the page, with their alternative text.</summary>
internal static class DocxImages
{
    private const long EmuPerPixel = 9525; // at 96 dpi
    private const long EmuPerCm = 360000;

    public static IEnumerable<Paragraph> Figure(DocxContext ctx, ActaImage image, double maxWidthCm = 15)
    {
        var alt = string.IsNullOrWhiteSpace(image.Caption) ? "Imagen" : Infrastructure.TextInput.Clean(image.Caption);
        yield return Docx.Centered(Docx.Paragraph(null, Picture(ctx, image.Bytes, image.ContentType, image.Width, image.Height, alt, maxWidthCm)));
        if (!string.IsNullOrWhiteSpace(image.Caption))
        {
            yield return Docx.Centered(Docx.Text(image.Caption, DocxStyles.Note));
        }
        if (!string.IsNullOrWhiteSpace(image.Source))
        {
            yield return Docx.Centered(Docx.Source(image.Source));
        }
    }

    public static Run Picture(DocxContext ctx, byte[] bytes, string contentType, int width, int height, string alt, double maxWidthCm)
    {
        var part = ctx.Main.AddImagePart(contentType == "image/jpeg" ? ImagePartType.Jpeg : ImagePartType.Png, $"rIdImage{ctx.Main.ImageParts.Count() + 1}");
        using (var stream = new MemoryStream(bytes))
        {
            part.FeedData(stream);
        }
        var relId = ctx.Main.GetIdOfPart(part);
        var (cx, cy) = Fit(width, height, (long)(maxWidthCm * EmuPerCm), 18 * EmuPerCm);
        var id = ctx.NextDrawingId();
        var name = $"Imagen {id}";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = alt },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = relId }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Run(new Drawing(inline));
    }

    private static (long Cx, long Cy) Fit(int width, int height, long maxCx, long maxCy)
    {
        long cx = Math.Max(1, width) * EmuPerPixel, cy = Math.Max(1, height) * EmuPerPixel;
        var scale = Math.Min(1.0, Math.Min((double)maxCx / cx, (double)maxCy / cy));
        return ((long)(cx * scale), (long)(cy * scale));
    }
}
