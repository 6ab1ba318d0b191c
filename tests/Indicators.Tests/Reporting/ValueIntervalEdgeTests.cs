using System;
using System.Globalization;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>The ends of intervals where two ends meet, one is missing, or a number reaches the edge of <see cref="long"/>.</summary>
public class ValueIntervalEdgeTests
{
    private static Ratio R(long value) => new(value, 1);

    [Fact]
    public void IsPoint_OnlyForTwoEqualEnds()
    {
        Assert.True(ValueInterval.Point(R(5)).IsPoint);
        Assert.False(ValueInterval.Closed(R(1), R(2)).IsPoint);
        Assert.False(ValueInterval.AtLeast(R(0), inclusive: true).IsPoint);
        Assert.False(ValueInterval.AtMost(R(0), inclusive: true).IsPoint);
    }

    [Theory]
    [InlineData("[0, 10]", "[3, 5]", true)]
    [InlineData("[0, 10]", "[0, 5]", true)]     // equal lower ends, both closed
    [InlineData("(0, 10]", "(0, 5]", true)]     // equal lower ends, both open
    [InlineData("(0, 10]", "[0, 5]", false)]    // the other holds 0, this does not
    [InlineData("[0, 10]", "[3, 10]", true)]    // equal upper ends, both closed
    [InlineData("[0, 10)", "[3, 10)", true)]
    [InlineData("[0, 10)", "[3, 10]", false)]
    [InlineData("[0, 10]", "[3, +∞)", false)]   // the other has no upper end
    [InlineData("[0, 10]", "(−∞, 5]", false)]   // nor lower end
    [InlineData("(−∞, 10]", "(−∞, 5]", true)]
    public void Contains_AnInterval(string outer, string inner, bool expected) =>
        Assert.Equal(expected, Parse(outer).Contains(Parse(inner)));

    [Fact]
    public void TryIntersect_KeepsTheTighterEnd()
    {
        Assert.True(ValueInterval.Open(R(0), R(10)).TryIntersect(ValueInterval.Closed(R(0), R(5)), out ValueInterval equalLowers));
        Assert.Equal(ValueInterval.OpenClosed(R(0), R(5)), equalLowers);
        Assert.True(ValueInterval.AtLeast(R(5), true).TryIntersect(ValueInterval.AtLeast(R(7), true), out ValueInterval bothAbove));
        Assert.Equal(ValueInterval.AtLeast(R(7), true), bothAbove);
    }

    [Fact]
    public void TryGetWholeNumbers_OfAnUnboundedInterval_IsFalse_WithAnEmptyRange()
    {
        Assert.False(ValueInterval.AtLeast(R(-5), true).TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((0L, -1L), (min, max));
        Assert.False(ValueInterval.AtMost(R(5), true).TryGetWholeNumbers(out _, out _));
    }

    [Fact]
    public void TryGetWholeNumbers_AtTheEdgesOfLong()
    {
        Assert.True(ValueInterval.Point(R(long.MinValue)).TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((long.MinValue, long.MinValue), (min, max));
        Assert.True(ValueInterval.Point(R(long.MaxValue)).TryGetWholeNumbers(out min, out max));
        Assert.Equal((long.MaxValue, long.MaxValue), (min, max));
        Assert.False(ValueInterval.Point(new Ratio((Int128)long.MaxValue + 1, 1)).TryGetWholeNumbers(out _, out _));
    }

    [Fact]
    public void Equality_TakesEveryPart()
    {
        Assert.True(ValueInterval.AtMost(R(5), true) != ValueInterval.OpenClosed(R(0), R(5)));   // a missing end is not 0
        Assert.True(ValueInterval.Closed(R(1), R(2)) != ValueInterval.Closed(R(1), R(3)));
        Assert.True(ValueInterval.Closed(R(1), R(2)) != ValueInterval.ClosedOpen(R(1), R(2)));
        Assert.False(ValueInterval.Closed(R(1), R(2)) != ValueInterval.Closed(R(1), R(2)));
    }

    [Fact]
    public void Division_RefusesADivisorThatIsNotStrictlyPositive_AndKeepsAZeroDividend()
    {
        ValueInterval dividend = ValueInterval.Closed(R(1), R(2));
        foreach (ValueInterval divisor in new[] { ValueInterval.AtMost(R(5), true), ValueInterval.Closed(R(-2), R(-1)), ValueInterval.Closed(R(0), R(1)) })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => dividend / divisor);
            Assert.Equal("right", e.ParamName);
            Assert.Contains("strictly positive", e.Message, StringComparison.Ordinal);
        }

        ArgumentException negative = Assert.Throws<ArgumentException>(() => ValueInterval.Closed(R(-1), R(2)) / dividend);
        Assert.Equal("left", negative.ParamName);
        Assert.Contains("not negative", negative.Message, StringComparison.Ordinal);

        Assert.Equal(ValueInterval.Point(R(0)), ValueInterval.Point(R(0)) / ValueInterval.Open(R(0), R(1)));
    }

    [Fact]
    public void ToString_WithDecimals_ChecksItsArguments()
    {
        ValueInterval interval = ValueInterval.Closed(R(1), R(2));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => interval.ToString(-1, "%")).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => interval.ToString(39, "%")).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => interval.ToString(2, null!)).ParamName);

        // With no end to write, the decimals are still checked.
        ValueInterval everything = ValueInterval.AtLeast(R(1), inclusive: true) + ValueInterval.AtMost(R(2), inclusive: true);
        Assert.Equal("(−∞, +∞)", everything.ToString(38, "%"));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => everything.ToString(-1, "%")).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => everything.ToString(39)).ParamName);
    }

    /// <summary>An interval written as <see cref="ValueInterval.ToString()"/> writes it, with whole ends; checked against it.</summary>
    private static ValueInterval Parse(string text)
    {
        bool lowerClosed = text[0] == '[';
        bool upperClosed = text[^1] == ']';
        string[] ends = text[1..^1].Split(", ");
        Ratio End(int i) => R(long.Parse(ends[i], CultureInfo.InvariantCulture));
        ValueInterval interval = (ends[0], ends[1], lowerClosed, upperClosed) switch
        {
            ("−∞", _, _, _) => ValueInterval.AtMost(End(1), upperClosed),
            (_, "+∞", _, _) => ValueInterval.AtLeast(End(0), lowerClosed),
            (_, _, true, true) => ValueInterval.Closed(End(0), End(1)),
            (_, _, true, false) => ValueInterval.ClosedOpen(End(0), End(1)),
            (_, _, false, true) => ValueInterval.OpenClosed(End(0), End(1)),
            _ => ValueInterval.Open(End(0), End(1)),
        };
        Assert.Equal(text, interval.ToString());
        return interval;
    }
}
