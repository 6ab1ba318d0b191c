using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class IntervalTests
{
    [Fact]
    public void Empty_Throws()
    {
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => Interval.ClosedOpen(5, 5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Interval.Closed(6, 5));
        Assert.True(Interval.Closed(5, 5).IsPoint);
        Assert.Equal(Interval.Point(0), default);
    }

    [Fact]
    public void Contains_RespectsOpenAndClosedEnds()
    {
        Interval rounded = Interval.ClosedOpen(146_350, 146_450);
        Assert.True(rounded.Contains(146_350));
        Assert.False(rounded.Contains(146_450));
        Assert.True(Interval.AtLeast(200, inclusive: false).Contains(new Ratio(401, 2)));
        Assert.False(Interval.AtLeast(200, inclusive: false).Contains(200));
        Assert.True(Interval.AtMost(200, inclusive: true).Contains(-1_000_000));
        Assert.True(rounded.Contains(Interval.Closed(146_400, 146_449)));
        Assert.False(rounded.Contains(Interval.Closed(146_400, 146_450)));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.Equal(Interval.ClosedOpen(3, 7), Interval.Closed(1, 2) + Interval.ClosedOpen(2, 5));
        Assert.Equal(Interval.OpenClosed(-4, 0), Interval.Closed(1, 2) - Interval.ClosedOpen(2, 5));
        Assert.Equal(Interval.ClosedOpen(-10, -2), -Interval.OpenClosed(2, 10));
        Assert.Equal(Interval.OpenClosed(-20, -4), Interval.ClosedOpen(2, 10) * -2);
        Assert.Equal(Interval.Open(new Ratio(1, 5), 2), Interval.Open(1, 4) / Interval.Open(2, 5));
        Assert.Equal(Interval.Open(0, 2), Interval.Open(1, 4) / Interval.AtLeast(2, inclusive: true));
        Assert.Equal(Interval.ClosedOpen(0, 2), Interval.ClosedOpen(0, 4) / Interval.AtLeast(2, inclusive: true));
    }

    [Fact]
    public void Division_NeedsAPositiveDivisor()
    {
        Assert.Throws<ArgumentException>(() => Interval.Closed(1, 2) / Interval.Closed(0, 1));
        Assert.Throws<ArgumentException>(() => Interval.Closed(-1, 2) / Interval.Closed(1, 2));
        Interval unbounded = Interval.Closed(1, 2) / Interval.Open(0, 1);
        Assert.Null(unbounded.Upper);
    }

    [Fact]
    public void Intersect_AndWholeNumbers()
    {
        Assert.True(Interval.ClosedOpen(0, 10).TryIntersect(Interval.OpenClosed(5, 20), out Interval both));
        Assert.Equal(Interval.Open(5, 10), both);
        Assert.False(Interval.ClosedOpen(0, 5).TryIntersect(Interval.Closed(5, 6), out _));
        Assert.True(Interval.Open(new Ratio(177_102, 10), new Ratio(177_114, 10)).TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((17_711L, 17_711L), (min, max));
        Assert.False(Interval.Open(1, 2).TryGetWholeNumbers(out _, out _));
        Assert.False(Interval.AtLeast(1, true).TryGetWholeNumbers(out _, out _));
    }

    [Fact]
    public void Text()
    {
        Assert.Equal("[146350, 146450)", Interval.ClosedOpen(146_350, 146_450).ToString());
        Assert.Equal("(1/3, +∞)", Interval.AtLeast(new Ratio(1, 3), false).ToString());
        Assert.Equal("(0.33…, +∞)", Interval.AtLeast(new Ratio(1, 3), false).ToString(2));
        Assert.Equal("(−∞, 0.5]", Interval.AtMost(new Ratio(1, 2), true).ToString(2));
    }
}
