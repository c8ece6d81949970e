using Rinde.Features.Survey.Import;

namespace Rinde.Tests.Survey;

/// <summary>Every way the exports write the moment a form was sent, as one UTC instant.</summary>
public sealed class ImportTimestampTests
{
    [Theory]
    [InlineData("2021/11/17 9:45:12 a. m. GMT-5", "2021-11-17T14:45:12Z")]
    [InlineData("2021/11/17 9:45:12 a.m. GMT-5", "2021-11-17T14:45:12Z")]
    [InlineData("2021/11/17 9:45:12 AM GMT-5", "2021-11-17T14:45:12Z")]
    [InlineData("2021/11/17 9:45:12\u202fa.\u00a0m. GMT-5", "2021-11-17T14:45:12Z")]
    [InlineData("2021/11/17 12:05:00 a. m. GMT-5", "2021-11-17T05:05:00Z")]
    [InlineData("2021/11/17 12:05:00 p. m. GMT-5", "2021-11-17T17:05:00Z")]
    [InlineData("2021/11/17 9:45:12 p. m. GMT+1", "2021-11-17T20:45:12Z")]
    [InlineData("17/11/2021 9:45:12", "2021-11-17T14:45:12Z")]
    [InlineData("17/11/2021 21:45:12", "2021-11-18T02:45:12Z")]
    [InlineData("11/17/2021 9:45:12", "2021-11-17T14:45:12Z")]
    [InlineData("2021-11-17 09:45:12", "2021-11-17T14:45:12Z")]
    public void Reads_the_exports_formats(string text, string utc) =>
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal),
            ImportTimestamp.Parse(text));

    [Theory]
    [InlineData("ayer")]
    [InlineData("31/02/2021 9:00:00")]
    [InlineData("2021/11/17 13:45:12 p. m. GMT-5")]
    [InlineData("17/13/2021 25:00:00")]
    public void Refuses_what_is_no_moment(string text) => Assert.Null(ImportTimestamp.Parse(text));

    /// <summary>The hand reader (fast) must decide exactly as the pattern, including what it refuses.</summary>
    [Fact]
    public void The_hand_reader_agrees_with_the_pattern()
    {
        string[] dates = ["2021/11/17", "17/11/2021", "11/17/2021", "2021-11-17", "17.11.2021", "2021/2/3", "1/2/2021", "31/02/2021", "21/11/17", "12021/11/17", "2021/111/17"];
        string[] times = ["", " 9:45", " 9:45:12", " 09:45:12", "T09:45:12", " 9:45:12.123", " 9:45:12,5", " 21:45:12", " 9:5", " 9:45:1", " 123:45", "  9:45:12"];
        string[] meridiems = ["", " a. m.", " p. m.", " AM", " pm", "a.m.", " a.\u00a0m.", "\u202fp. m.", " a", " m."];
        string[] zones = ["", " GMT-5", " GMT+1", " GMT-05:00", " UTC+0530", " GMT -5", " utc-5", " GMT", " GMT-5:3", " GMT-123"];
        var (accepted, refused) = (0, 0);
        foreach (var date in dates)
        {
            foreach (var time in times)
            {
                foreach (var meridiem in meridiems)
                {
                    foreach (var zone in zones)
                    {
                        foreach (var text in new[] { date + time + meridiem + zone, " " + date + time + meridiem + zone + " ", date + time + meridiem + zone + "x" })
                        {
                            var moment = ImportTimestamp.Parse(text);
                            Assert.True(ImportTimestamp.ParseByPattern(text) == moment, $"«{text}»");
                            (accepted, refused) = moment is null ? (accepted, refused + 1) : (accepted + 1, refused);
                        }
                    }
                }
            }
        }
        // The grid must put both readers to work on both sides of the line: real moments and refusals.
        Assert.True(accepted > 1_000, $"Solo {accepted} combinaciones leídas como momento.");
        Assert.True(refused > 1_000, $"Solo {refused} combinaciones rechazadas.");
    }
}
