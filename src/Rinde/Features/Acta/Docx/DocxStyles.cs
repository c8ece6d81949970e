using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// The acta's styles: Arial 10 like the seed, real heading styles (so the navigation pane
/// and screen readers see the structure), a grid table style, captions and links.
/// </summary>
internal static class DocxStyles
{
    public const string Source = "Fuente";
    public const string Note = "Nota";
    public const string TableText = "TextoTabla";
    public const string ListParagraph = "ListParagraph";
    public const string Hyperlink = "Hipervinculo";
    public const string Table = "TablaActa";

    public static string HeadingStyle(int level) => $"Heading{level}";

    public static void Add(MainDocumentPart main)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    FontSize = new FontSize { Val = "20" },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = "20" },
                    Languages = new Languages { Val = "es-CO" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto },
                })),
            ParagraphStyle("Normal", "Normal", null, isDefault: true),
            Heading(1, "28", before: "360"),
            Heading(2, "22", before: "240"),
            Heading(3, "20", before: "200"),
            Heading(4, "20", before: "160"),
            ParagraphStyle(Source, "Fuente", new StyleRunProperties { Italic = new Italic(), FontSize = new FontSize { Val = "16" }, Color = new Color { Val = "404040" } }),
            ParagraphStyle(Note, "Nota", new StyleRunProperties { Italic = new Italic(), FontSize = new FontSize { Val = "18" } }),
            ParagraphStyle(TableText, "Texto de tabla", new StyleRunProperties { FontSize = new FontSize { Val = "18" } },
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "40" } }),
            ParagraphStyle(ListParagraph, "List Paragraph", null,
                new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "60" } }),
            new Style(
                new StyleName { Val = "Hipervínculo" },
                new StyleRunProperties { Color = new Color { Val = "0B5394" }, Underline = new Underline { Val = UnderlineValues.Single } })
            { Type = StyleValues.Character, StyleId = Hyperlink },
            TableStyle());
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
    }

    private static Style ParagraphStyle(string id, string name, StyleRunProperties? run, StyleParagraphProperties? para = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" });
        style.Append(new PrimaryStyle());
        if (para is not null) style.Append(para);
        if (run is not null) style.Append(run);
        return style;
    }

    private static Style Heading(int level, string size, string before) => ParagraphStyle(
        HeadingStyle(level), $"heading {level}",
        new StyleRunProperties { Bold = new Bold(), FontSize = new FontSize { Val = size }, Color = new Color { Val = "1F1F1F" } },
        new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = before, After = "120" },
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        });

    private static Style TableStyle()
    {
        static BorderType Line<T>() where T : BorderType, new() =>
            new T { Val = BorderValues.Single, Size = 4, Space = 0, Color = "808080" };
        return new Style(
            new StyleName { Val = "Tabla del acta" },
            new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "20", After = "40" } },
            new StyleRunProperties { FontSize = new FontSize { Val = "18" } },
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(),
                    Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = Table };
    }
}
