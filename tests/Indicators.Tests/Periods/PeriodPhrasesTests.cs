using System;
using Indicators.Periods;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Periods;

public class PeriodPhrasesTests
{
    [Theory]
    [InlineData("截至10月底", "2020-01-01/P10M")]
    [InlineData("截止10月底", "2020-01-01/P10M")]
    [InlineData("至9月底", "2020-01-01/P9M")]
    [InlineData("至6月底", "2020-01-01/P6M")]
    [InlineData("截至十月底", "2020-01-01/P10M")]
    [InlineData("截至１０月末", "2020-01-01/P10M")]
    [InlineData("前三季度", "2020-01-01/P9M")]
    [InlineData("前3季度", "2020-01-01/P9M")]
    [InlineData("上半年", "2020-S1")]
    [InlineData("下半年", "2020-S2")]
    [InlineData("三季度", "2020-Q3")]
    [InlineData("第四季度", "2020-Q4")]
    [InlineData("10月", "2020-10")]
    [InlineData("十二月份", "2020-12")]
    [InlineData("今年", "2020")]
    [InlineData("全年", "2020")]
    public void Parse_Phrase_AgainstTheReferenceYear(string phrase, string period) =>
        Assert.Equal(ReportingPeriod.Parse(period, null), PeriodPhrases.Parse(phrase, 2020));

    [Fact]
    public void Parse_CumulativePhrase_IsAYearToDate()
    {
        ReportingPeriod period = PeriodPhrases.Parse("截至10月底", 2020);
        Assert.Equal(PeriodKind.YearToDate, period.Kind);
        Assert.Equal(new LocalDate(2020, 10, 31), period.End);
        Assert.Equal(new LocalDate(2019, 2, 28), PeriodPhrases.Parse("截至2月底", 2019).End);
    }

    [Theory]
    [InlineData("截至13月底", "month 13 does not exist")]
    [InlineData("截至10月", "expected 底 or 末")]
    [InlineData("截至10月15日", "expected 底 or 末")]
    [InlineData("截至目前", "expected a month end")]
    [InlineData("前五季度", "four quarters")]
    [InlineData("五季度", "four quarters")]
    [InlineData("0月", "month 0 does not exist")]
    [InlineData("去年", "expected one of")]
    [InlineData("", "expected one of")]
    public void Parse_WhatAPhraseCannotMean_ThrowsSayingWhy(string phrase, string problem)
    {
        FormatException e = Assert.Throws<FormatException>(() => PeriodPhrases.Parse(phrase, 2020));
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains($"\"{phrase}\"", e.Message, StringComparison.Ordinal);
        Assert.False(PeriodPhrases.TryParse(phrase, 2020, out _));
    }

    [Fact]
    public void Parse_BadReferenceYear_Throws()
    {
        Assert.Throws<FormatException>(() => PeriodPhrases.Parse("全年", 0));
        Assert.Throws<ArgumentNullException>(() => PeriodPhrases.Parse(null!, 2020));
    }
}
