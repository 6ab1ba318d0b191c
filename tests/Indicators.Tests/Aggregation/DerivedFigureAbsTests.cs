using System.Collections.Generic;
using System.Linq;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>The bounds of <see cref="DerivedFigure.Abs"/> are exactly the sizes the true value could have.</summary>
public class DerivedFigureAbsTests
{
    [Fact]
    public void Abs_StraddlingWithOpenLargerEnd_KeepsItOpen() =>
        Assert.Equal(ValueInterval.ClosedOpen(0, 3), FigureIn(ValueInterval.OpenClosed(-3, 2)).Abs().Bounds);

    [Fact]
    public void Abs_StraddlingWithClosedLargerEnd_KeepsItClosed() =>
        Assert.Equal(ValueInterval.Closed(0, 3), FigureIn(ValueInterval.ClosedOpen(-3, 2)).Abs().Bounds);

    [Fact]
    public void Abs_StraddlingWithOpenUpperEnd_KeepsItOpen() =>
        Assert.Equal(ValueInterval.ClosedOpen(0, 5), FigureIn(ValueInterval.Open(-3, 5)).Abs().Bounds);

    [Fact]
    public void Abs_NegativeInterval_IsMirrored() =>
        Assert.Equal(ValueInterval.ClosedOpen(1, 2), FigureIn(ValueInterval.OpenClosed(-2, -1)).Abs().Bounds);

    /// <summary>
    /// For random intervals with ends from −6 to 6 (each end open, closed or missing), a value y lies in the bounds of
    /// Abs exactly when y ≥ 0 and y or −y lies in the bounds: checked at 0, at every end's size and around it.
    /// </summary>
    [QuantityProperty]
    public bool Abs_Bounds_AreExactlyTheSizes(int a, int b, byte shape)
    {
        int x = a % 7;
        int y = b % 7;
        ValueInterval bounds = Interval(System.Math.Min(x, y), System.Math.Max(x, y), shape);
        ValueInterval abs = FigureIn(bounds).Abs().Bounds;
        var probes = new List<Ratio> { Ratio.Zero, new(1, 2), new(-1, 2), -1, 7, new(13, 2) };
        foreach (Ratio end in new[] { bounds.Lower, bounds.Upper }.Where(e => e is not null).Select(e => e!.Value))
        {
            Ratio size = end.Sign < 0 ? -end : end;
            probes.AddRange([size, size + new Ratio(1, 4), size - new Ratio(1, 4)]);
        }

        return probes.All(p => abs.Contains(p) == (p.Sign >= 0 && (bounds.Contains(p) || bounds.Contains(-p))));
    }

    private static DerivedFigure FigureIn(ValueInterval bounds) =>
        new(DerivedUnit.None, Ratio.Zero, bounds, DisplayFormat.Exact, DisplayFormat.Exact, null);

    /// <summary>[low, high] with each end open, closed or missing by the bits of <paramref name="shape"/>; a point when
    /// the ends meet with an open end asked for.</summary>
    private static ValueInterval Interval(int low, int high, byte shape)
    {
        bool lowerMissing = (shape & 1) != 0 && (shape & 2) != 0;
        bool upperMissing = (shape & 4) != 0 && (shape & 8) != 0;
        bool lowerClosed = (shape & 1) == 0;
        bool upperClosed = (shape & 4) == 0;
        if (lowerMissing && upperMissing)
        {
            return (shape & 16) != 0 ? ValueInterval.AtLeast(low, lowerClosed) : ValueInterval.AtMost(high, upperClosed);
        }

        if (lowerMissing)
        {
            return ValueInterval.AtMost(high, upperClosed);
        }

        if (upperMissing)
        {
            return ValueInterval.AtLeast(low, lowerClosed);
        }

        if (low == high)
        {
            return ValueInterval.Point(low);
        }

        return (lowerClosed, upperClosed) switch
        {
            (true, true) => ValueInterval.Closed(low, high),
            (true, false) => ValueInterval.ClosedOpen(low, high),
            (false, true) => ValueInterval.OpenClosed(low, high),
            _ => ValueInterval.Open(low, high),
        };
    }
}
