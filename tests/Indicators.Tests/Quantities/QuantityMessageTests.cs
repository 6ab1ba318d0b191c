using System;
using System.Globalization;
using System.Threading.Tasks;
using Indicators.Periods;
using Indicators.Quantities;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>Error messages say what went wrong with the input and what to do, and stay short for huge inputs.</summary>
public class QuantityMessageTests
{
    [Fact]
    public void CountSubtraction_BelowZero_NamesTheTypeAndUnit_AndRecommendsNothingItLacks()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.Of(1) - Count<Events>.Of(2));
        Assert.Contains("Count<Events> (场)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ChangeFrom", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadcountSubtraction_BelowZero_RecommendsChangeFrom()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(1) - Headcount.FromPersons(2));
        Assert.Contains("ChangeFrom", e.Message, StringComparison.Ordinal);
        Assert.Contains("HeadcountChange", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CountMessages_NameTheUnit()
    {
        Assert.Contains("Count<Events> (场)", Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.Of(-1)).Message, StringComparison.Ordinal);
        Assert.Contains("Count<Events> (场)", Assert.Throws<ArgumentOutOfRangeException>(() => Count<Events>.FromWan(-1m)).Message, StringComparison.Ordinal);
        Assert.Contains("Count<Events> (场)", Assert.Throws<FormatException>(() => Count<Events>.Parse("5家")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadcountPlus_BelowZero_NamesItsOwnParameter()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromPersons(1).Plus(HeadcountChange.FromPersons(-2)));
        Assert.Equal("change", e.ParamName);
        Assert.Equal(Headcount.FromPersons(0), Headcount.FromPersons(2).Plus(HeadcountChange.FromPersons(-2)));
    }

    [Fact]
    public void HeadcountFromWan_Negative_SaysHeadcount()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => Headcount.FromWan(-1m));
        Assert.StartsWith("A headcount cannot be negative", e.Message, StringComparison.Ordinal);
        Assert.Contains("headcount", Assert.Throws<OverflowException>(() => Headcount.FromWan(decimal.MaxValue)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HugeInput_QuotesAWindowAroundTheProblem()
    {
        string huge = "12" + new string('3', 4_000_000) + "x" + new string('4', 4_000_000) + "人";
        FormatException e = Assert.Throws<FormatException>(() => Headcount.Parse(huge));
        Assert.True(e.Message.Length < 400, $"message of {e.Message.Length} characters");
        Assert.Contains("8000004 characters", e.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => PeriodPhrases.Parse(new string('月', 1_000_000), 2020));
        Assert.True(Assert.Throws<FormatException>(() => PeriodPhrases.Parse(new string('月', 1_000_000), 2020)).Message.Length < 400);
    }

    [Fact]
    public async Task Format_CultureWhoseParentIsItself_DoesNotLoop()
    {
        var culture = new SelfParentCulture();
        Task<string> formatting = Task.Run(() => Headcount.FromPersons(146_400).ToString("W2", culture));
        Task first = await Task.WhenAny(formatting, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == formatting, "formatting did not finish");
        Assert.Equal("14.64万人", await formatting);
        Assert.Equal("14.64万人", Headcount.FromPersons(146_400).ToString("W2", new NullParentCulture()));
    }

    private sealed class SelfParentCulture : CultureInfo
    {
        public SelfParentCulture()
            : base("fr-FR")
        {
        }

        public override CultureInfo Parent => this;
    }

    private sealed class NullParentCulture : CultureInfo
    {
        public NullParentCulture()
            : base("de-DE")
        {
        }

        public override CultureInfo Parent => null!;
    }

    [Theory]
    [InlineData("约115万家")]
    [InlineData("1100万家以上")]
    [InlineData("3000多家")]
    [InlineData("预计300家")]
    public void Parse_PublishedFigureText_PointsToPublishedFigureParse(string text) =>
        Assert.Contains("PublishedFigure.Parse", Assert.Throws<FormatException>(() => Count<Enterprises>.Parse(text)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("5家")]
    [InlineData("12x")]
    [InlineData("")]
    public void Parse_OtherMistakes_DoNotMentionPublishedFigures(string text) =>
        Assert.DoesNotContain("PublishedFigure", Assert.Throws<FormatException>(() => Headcount.Parse(text)).Message, StringComparison.Ordinal);
}
