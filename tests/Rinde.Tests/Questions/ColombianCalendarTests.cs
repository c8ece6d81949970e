using Rinde.Features.Questions;

namespace Rinde.Tests.Questions;

public class ColombianCalendarTests
{
    // The official lists of national holidays (festivos) as published for each year.
    public static TheoryData<int, string> OfficialHolidays => new()
    {
        { 2021, "01-01 01-11 03-22 04-01 04-02 05-01 05-17 06-07 06-14 07-05 07-20 08-07 08-16 10-18 11-01 11-15 12-08 12-25" },
        { 2022, "01-01 01-10 03-21 04-14 04-15 05-01 05-30 06-20 06-27 07-04 07-20 08-07 08-15 10-17 11-07 11-14 12-08 12-25" },
        { 2023, "01-01 01-09 03-20 04-06 04-07 05-01 05-22 06-12 06-19 07-03 07-20 08-07 08-21 10-16 11-06 11-13 12-08 12-25" },
        { 2024, "01-01 01-08 03-25 03-28 03-29 05-01 05-13 06-03 06-10 07-01 07-20 08-07 08-19 10-14 11-04 11-11 12-08 12-25" },
        // 2025: Sagrado Corazón and San Pedro y San Pablo both fall on Monday 30 June.
        { 2025, "01-01 01-06 03-24 04-17 04-18 05-01 06-02 06-23 06-30 07-20 08-07 08-18 10-13 11-03 11-17 12-08 12-25" },
        { 2026, "01-01 01-12 03-23 04-02 04-03 05-01 05-18 06-08 06-15 06-29 07-20 08-07 08-17 10-12 11-02 11-16 12-08 12-25" },
        { 2027, "01-01 01-11 03-22 03-25 03-26 05-01 05-10 05-31 06-07 07-05 07-20 08-07 08-16 10-18 11-01 11-15 12-08 12-25" },
    };

    [Theory]
    [MemberData(nameof(OfficialHolidays))]
    public void Holidays_match_the_official_list(int year, string official)
    {
        var expected = official.Split(' ').Select(md => DateOnly.Parse($"{year}-{md}", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, ColombianCalendar.Holidays(year));
    }

    [Fact]
    public void A_question_left_open_on_17_November_2021_is_due_on_9_December_2021()
    {
        Assert.Equal(new DateOnly(2021, 12, 9), QuestionDeadlines.DueDate(QuestionType.Pregunta, new DateOnly(2021, 11, 17)));
    }

    [Theory]
    [InlineData(QuestionType.SolicitudInformacion, "2021-12-01")]
    [InlineData(QuestionType.Consulta, "2021-12-30")]
    [InlineData(QuestionType.Denuncia, "2021-12-09")]
    public void Terms_depend_on_the_kind_of_petition(QuestionType type, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            QuestionDeadlines.DueDate(type, new DateOnly(2021, 11, 17)));
    }

    [Fact]
    public void Weekends_and_holidays_are_not_business_days()
    {
        Assert.False(ColombianCalendar.IsBusinessDay(new DateOnly(2021, 12, 8)));  // Inmaculada Concepción
        Assert.False(ColombianCalendar.IsBusinessDay(new DateOnly(2021, 11, 20))); // Saturday
        Assert.True(ColombianCalendar.IsBusinessDay(new DateOnly(2021, 11, 17)));
    }
}
