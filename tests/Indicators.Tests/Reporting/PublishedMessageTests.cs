using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class PublishedMessageTests
{
    [Fact]
    public void Parse_GenericQuantity_IsNamedAsCSharpWritesIt()
    {
        FormatException e = Assert.Throws<FormatException>(() => PublishedFigure.Parse<Count<Events>>("约5家"));
        Assert.Contains("Count<Events>", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`1", e.Message, StringComparison.Ordinal);
    }
}
