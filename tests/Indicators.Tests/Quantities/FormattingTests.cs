using System;
using System.Globalization;
using Indicators.Quantities;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>The display forms in each script, the standard format strings and the rounding they name.</summary>
public class FormattingTests
{
    private static readonly CultureInfo Hans = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo Hant = CultureInfo.GetCultureInfo("zh-TW");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Money_DisplayForms()
    {
        Money fees = Money.FromYi(147.16m);
        Assert.Equal("14716000000元", fees.ToString());
        Assert.Equal("147.16亿元", fees.ToString("Y2", Hans));
        Assert.Equal("147.16億元", fees.ToString("Y2", Hant));
        Assert.Equal("147.16 × 10⁸ yuan", fees.ToString("Y2", English));
        Assert.Equal("14,716,000,000 yuan", fees.ToString("G", English));
        Assert.Equal("147.16亿元", fees.ToString("Y", null));
        Assert.Equal("1471600万元", fees.ToString("W", null));

        Money training = Money.FromWan(1252.7m);
        Assert.Equal("1252.7万元", training.ToString("W", Hans));
        Assert.Equal("1252.70万元", training.ToString("W2", Hans));
        Assert.Equal("1252.7萬元", training.ToString("W", Hant));
        Assert.Equal("1,252.7 × 10⁴ yuan", training.ToString("W", English));
        Assert.Equal("500元", Money.FromYuan(500m).ToString());
        Assert.Equal("6051.56元", Money.FromYuan(6051.56m).ToString());
        Assert.Equal("-0.5元", Money.FromYuan(-0.5m).ToString());
        Assert.Equal("0元", Money.Zero.ToString());
    }

    [Fact]
    public void Headcount_DisplayForms()
    {
        Headcount employed = Headcount.FromPersons(146_400);
        Assert.Equal("146400人", employed.ToString());
        Assert.Equal("14.64万人", employed.ToString("W2", Hans));
        Assert.Equal("14.64萬人", employed.ToString("W2", Hant));
        Assert.Equal("14.64 × 10⁴ persons", employed.ToString("W2", English));
        Assert.Equal("146,400 persons", employed.ToString("G", English));
        Assert.Equal("1 person", Headcount.FromPersons(1).ToString("G", English));
        Assert.Equal("2569人", Headcount.FromPersons(2569).ToString("G", Hant));
    }

    [Fact]
    public void Headcount_W2_RoundsHalfAwayFromZeroByDefault()
    {
        Assert.Equal("14.64万人", Headcount.FromPersons(146_350).ToString("W2", null));
        Assert.Equal("14.64万人", Headcount.FromPersons(146_449).ToString("W2", null));
        Assert.Equal("14.65万人", Headcount.FromPersons(146_450).ToString("W2", null));
        Assert.Equal("14.64万人", Headcount.FromPersons(146_450).ToString(new DisplayFormat(Scale.Wan, 2, RoundingMode.HalfEven), null));
        Assert.Equal("14.66万人", Headcount.FromPersons(146_550).ToString(new DisplayFormat(Scale.Wan, 2, RoundingMode.HalfEven), null));
        Assert.Equal("14.64万人", Headcount.FromPersons(146_449).ToString(new DisplayFormat(Scale.Wan, 2, RoundingMode.TowardZero), null));
    }

    [Fact]
    public void Percent_DisplayForms_ProveHalfUpRounding()
    {
        // 39 221 / 20 000 = 196.105%: the report prints 196.11%, which half-even would print as 196.10%.
        Percent rate = Percent.FromRatio(new Ratio(39_221, 20_000));
        Assert.Equal("196.105%", rate.ToString());
        Assert.Equal("196.11%", rate.ToString("F2", null));
        Assert.Equal("196.10%", rate.ToString(new DisplayFormat(Scale.One, 2, RoundingMode.HalfEven), null));
        Assert.Equal("1.38%", Percent.FromPercentage(1.38m).ToString());
        Assert.Equal("100/3%", Percent.FromRatio(new Ratio(1, 3)).ToString());
        Assert.Equal("33.33%", Percent.FromRatio(new Ratio(1, 3)).ToString("F2", null));
        Assert.Equal("66.67%", Percent.FromRatio(new Ratio(2, 3)).ToString("F2", English));
        Assert.Equal("-0.50%", Percent.FromPercentage(-0.5m).ToString("F2", null));
        Assert.Throws<FormatException>(() => rate.ToString("W2", null));
    }

    [Fact]
    public void PercentagePoints_DisplayForms()
    {
        PercentagePoints down = PercentagePoints.FromPoints(-0.2m);
        Assert.Equal("-0.2个百分点", down.ToString());
        Assert.Equal("-0.2個百分點", down.ToString("G", Hant));
        Assert.Equal("-0.2 percentage points", down.ToString("G", English));
        Assert.Equal("1 percentage point", PercentagePoints.FromPoints(1m).ToString("G", English));
        Assert.Equal("-0.20个百分点", down.ToString("F2", null));
    }

    [Fact]
    public void Counts_DisplayForms()
    {
        Assert.Equal("2677家", Count<Enterprises>.Of(2677).ToString());
        Assert.Equal("2,677 enterprises", Count<Enterprises>.Of(2677).ToString("G", English));
        Assert.Equal("22.56万个", Count<Positions>.Of(225_600).ToString("W2", Hans));
        Assert.Equal("22.56萬個", Count<Positions>.Of(225_600).ToString("W2", Hant));
        Assert.Equal("5037班次", new UnitCount(5037, CountUnit.Trips).ToString());
        Assert.Equal("1.78万人次", Count<PersonTimes>.Of(17_800).ToString("W", null));
        Assert.Equal("0", default(UnitCount).ToString());
    }

    [Theory]
    [InlineData("X")]
    [InlineData("W99")]
    [InlineData("N2")]
    [InlineData("W-1")]
    public void ToString_UnsupportedFormat_Throws(string format)
    {
        FormatException e = Assert.Throws<FormatException>(() => Money.FromYuan(1m).ToString(format, null));
        Assert.Contains(format, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayFormat_ParseAndToString()
    {
        Assert.Equal(DisplayFormat.Exact, DisplayFormat.Parse("G"));
        Assert.Equal(DisplayFormat.Exact, DisplayFormat.Parse(""));
        Assert.Equal(new DisplayFormat(Scale.Wan, 2), DisplayFormat.Parse("W2"));
        Assert.Equal(new DisplayFormat(Scale.Yi), DisplayFormat.Parse("Y"));
        Assert.Null(DisplayFormat.Parse("Y").Decimals);
        Assert.Equal(2, DisplayFormat.Parse("F2").Decimals);
        Assert.Equal("W2", new DisplayFormat(Scale.Wan, 2).ToString());
        Assert.Equal("W2 (HalfEven)", new DisplayFormat(Scale.Wan, 2, RoundingMode.HalfEven).ToString());
        Assert.Equal("G", DisplayFormat.Exact.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisplayFormat(Scale.Wan, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisplayFormat((Scale)3, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisplayFormat(Scale.One, 1, (RoundingMode)42));
    }

    [Theory]
    [MemberData(nameof(Cultures.CurrentData), MemberType = typeof(Cultures))]
    public void Formatting_IsTheSameInEveryCurrentCulture(string culture) =>
        Cultures.With(culture, () =>
        {
            Assert.Equal("1252.7万元", Money.FromWan(1252.7m).ToString("W", null));
            Assert.Equal("196.11%", Percent.FromRatio(new Ratio(39_221, 20_000)).ToString("F2", null));
            Assert.Equal("14716000000元", Money.FromYi(147.16m).ToString());
            Assert.Equal("6051.56元", $"{Money.FromYuan(6051.56m)}");
        });

    [Fact]
    public void English_Singular_OnlyForOneUnit()
    {
        Assert.Equal("1 × 10⁴ persons", Headcount.FromPersons(10_000).ToString("W", English));
        Assert.Equal("1 × 10⁴ enterprises", Count<Enterprises>.Of(10_000).ToString("W", English));
        Assert.Equal("1 person", Headcount.FromPersons(1).ToString("G", English));
    }

    [Fact]
    public void DisplayFormat_ParseLowerCaseG_IsExact() => Assert.Equal(DisplayFormat.Exact, DisplayFormat.Parse("g"));
}
