using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

public class PublishedArithmeticTests
{
    [Fact]
    public void Arithmetic_CarriesBounds()
    {
        // Fees cut, returned and subsidies paid, each printed to 0.01亿元.
        BoundedValue total = PublishedArithmetic.Sum(
            PublishedFigure.Parse<Money>("45.76亿元"), PublishedFigure.Parse<Money>("10.55亿元"), PublishedFigure.Parse<Money>("1.88亿元"));
        Assert.Equal(new Ratio(581_900_000_000, 1), total.Value);
        Assert.Equal(ValueInterval.ClosedOpen(581_750_000_000, 582_050_000_000), total.Bounds); // ± 3 × 0.005亿元, in fen

        // 147.16亿元 over 约115万家: about 12 796.52 元 per enterprise, between 12 740.69… and 12 852.83….
        BoundedValue perEnterprise = PublishedArithmetic.Quotient(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal("1279652.17 in (1274069.26…, 1285283.84…)", perEnterprise.ToString(2)); // fen per enterprise

        BoundedValue gap = PublishedArithmetic.Difference(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedFigure.Parse<Headcount>("1.77万人"));
        Assert.Equal(new Ratio(128_700, 1), gap.Value);
        Assert.Equal(ValueInterval.Open(128_600, 128_800), gap.Bounds);
    }

    [Fact]
    public void Quotient_ZeroDividend_IsZero()
    {
        BoundedValue none = PublishedArithmetic.Quotient(PublishedFigure.Parse<Headcount>("0人"), PublishedFigure.Parse<Count<Enterprises>>("约115万家"));
        Assert.Equal(ValueInterval.Point(0), none.Bounds);
    }
}
