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
}
