using System;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>Defects a second reviewer found in <see cref="FigureReader"/>.</summary>
public class FigureReaderDefectTests
{
    // F9: FigureReader.Read documents ArgumentOutOfRangeException for an index outside the text; "" at 0 gives FormatException.
    [Fact]
    public void FigureReader_Read_EmptyText_IndexIsOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureReader.Read(string.Empty, 0));
    }

    // F10: a long run of digits mixed with numeral units costs quadratic allocation (a substring per prefix).
    [Fact]
    public void FigureReader_TryRead_LongMixedRun_AllocatesLinearly()
    {
        string text = "2万" + new string('3', 20_000) + "人";
        _ = FigureReader.TryRead(text, 0, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        _ = FigureReader.TryRead(text, 0, out _);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 100 * text.Length * sizeof(char), $"{allocated:N0} bytes for a text of {text.Length} characters");
    }
}
