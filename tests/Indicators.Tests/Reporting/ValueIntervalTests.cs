using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class ValueIntervalTests
{
    [Fact]
    public void Empty_Throws()
    {
        Assert.Contains("empty", Assert.Throws<ArgumentException>(() => ValueInterval.ClosedOpen(5, 5)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ValueInterval.Closed(6, 5));
        Assert.True(ValueInterval.Closed(5, 5).IsPoint);
        Assert.Equal(ValueInterval.Point(0), default);
    }

    [Fact]
    public void Contains_RespectsOpenAndClosedEnds()
    {
        ValueInterval rounded = ValueInterval.ClosedOpen(146_350, 146_450);
        Assert.True(rounded.Contains(146_350));
        Assert.False(rounded.Contains(146_450));
        Assert.True(ValueInterval.AtLeast(200, inclusive: false).Contains(new Ratio(401, 2)));
        Assert.False(ValueInterval.AtLeast(200, inclusive: false).Contains(200));
        Assert.True(ValueInterval.AtMost(200, inclusive: true).Contains(-1_000_000));
        Assert.True(rounded.Contains(ValueInterval.Closed(146_400, 146_449)));
        Assert.False(rounded.Contains(ValueInterval.Closed(146_400, 146_450)));
    }

    [Fact]
    public void Arithmetic()
    {
        Assert.Equal(ValueInterval.ClosedOpen(3, 7), ValueInterval.Closed(1, 2) + ValueInterval.ClosedOpen(2, 5));
        Assert.Equal(ValueInterval.OpenClosed(-4, 0), ValueInterval.Closed(1, 2) - ValueInterval.ClosedOpen(2, 5));
        Assert.Equal(ValueInterval.ClosedOpen(-10, -2), -ValueInterval.OpenClosed(2, 10));
        Assert.Equal(ValueInterval.OpenClosed(-20, -4), ValueInterval.ClosedOpen(2, 10) * -2);
        Assert.Equal(ValueInterval.Open(new Ratio(1, 5), 2), ValueInterval.Open(1, 4) / ValueInterval.Open(2, 5));
        Assert.Equal(ValueInterval.Open(0, 2), ValueInterval.Open(1, 4) / ValueInterval.AtLeast(2, inclusive: true));
        Assert.Equal(ValueInterval.ClosedOpen(0, 2), ValueInterval.ClosedOpen(0, 4) / ValueInterval.AtLeast(2, inclusive: true));
    }

    [Fact]
    public void Division_NeedsAPositiveDivisor()
    {
        Assert.Throws<ArgumentException>(() => ValueInterval.Closed(1, 2) / ValueInterval.Closed(0, 1));
        Assert.Throws<ArgumentException>(() => ValueInterval.Closed(-1, 2) / ValueInterval.Closed(1, 2));
        ValueInterval unbounded = ValueInterval.Closed(1, 2) / ValueInterval.Open(0, 1);
        Assert.Null(unbounded.Upper);
    }

    [Fact]
    public void Intersect_AndWholeNumbers()
    {
        Assert.True(ValueInterval.ClosedOpen(0, 10).TryIntersect(ValueInterval.OpenClosed(5, 20), out ValueInterval both));
        Assert.Equal(ValueInterval.Open(5, 10), both);
        Assert.False(ValueInterval.ClosedOpen(0, 5).TryIntersect(ValueInterval.Closed(5, 6), out _));
        Assert.True(ValueInterval.Open(new Ratio(177_102, 10), new Ratio(177_114, 10)).TryGetWholeNumbers(out long min, out long max));
        Assert.Equal((17_711L, 17_711L), (min, max));
        Assert.False(ValueInterval.Open(1, 2).TryGetWholeNumbers(out _, out _));
        Assert.False(ValueInterval.AtLeast(1, true).TryGetWholeNumbers(out _, out _));
    }

    [Fact]
    public void Text()
    {
        Assert.Equal("[146350, 146450)", ValueInterval.ClosedOpen(146_350, 146_450).ToString());
        Assert.Equal("(1/3, +∞)", ValueInterval.AtLeast(new Ratio(1, 3), false).ToString());
        Assert.Equal("(0.33…, +∞)", ValueInterval.AtLeast(new Ratio(1, 3), false).ToString(2));
        Assert.Equal("(−∞, 0.5]", ValueInterval.AtMost(new Ratio(1, 2), true).ToString(2));
    }

    [Fact]
    public void Division_DividendTouchingZero_KeepsZero()
    {
        Assert.Equal(ValueInterval.Closed(0, 10), ValueInterval.Closed(0, 10) / ValueInterval.ClosedOpen(1, 2));
        Assert.Equal(ValueInterval.Point(0), ValueInterval.Point(0) / ValueInterval.Open(1, 2));
    }
}
