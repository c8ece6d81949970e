using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Rinde.Features.Acta.Docx;

/// <summary>
/// One bullet list definition shared by every bulleted list, and one numbering instance per
/// numbered list so each starts again at 1. Written last, once the count is known, because
/// the schema wants every abstract definition before the first instance.
/// </summary>
internal static class DocxNumbering
{
    public const int FirstNumberedId = 2;
    private const int BulletAbstract = 1;
    private const int DecimalAbstract = 2;
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    public static void Add(MainDocumentPart main, int numberedLists)
    {
        var numbering = new Numbering(
            Abstract(BulletAbstract, level => (NumberFormatValues.Bullet, Bullets[level % Bullets.Length])),
            Abstract(DecimalAbstract, level => (level == 1 ? NumberFormatValues.LowerLetter : NumberFormatValues.Decimal, $"%{level + 1}.")));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstract }) { NumberID = DocxContext.BulletList });
        for (var i = 0; i < numberedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstract },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = FirstNumberedId + i });
        }
        main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
    }

    private static AbstractNum Abstract(int id, Func<int, (NumberFormatValues Format, string Text)> level)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var i = 0; i < 3; i++)
        {
            var (format, text) = level(i);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = (360 * (i + 1) + 0).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
            { LevelIndex = i });
        }
        return abstractNum;
    }
}
