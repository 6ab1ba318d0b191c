using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>
/// Every qualifier and status marker a published figure reads, one case each, with where it stands, the class and
/// interval it gives and the marker the figure is then written with. The table of markers is a static initializer, whose
/// mutants Stryker does not see (docs/mutation-testing.md); these cases are what a changed, moved or dropped marker fails.
/// </summary>
public class QualifierMarkerTests
{
    [Theory]
    [InlineData("约210家", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("約210家", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("大约210家", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("大約210家", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("210家左右", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("210家上下", Qualifier.Approximately, "[205, 215)", "约210家")]
    [InlineData("不超过210家", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("不超過210家", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("不高于210家", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("不高於210家", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("210家以下", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("210家以内", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("210家以內", Qualifier.AtMost, "[0, 210]", "不超过210家")]
    [InlineData("不到210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("将近210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("將近210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("近210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("不足210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("低于210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("低於210家", Qualifier.AtMost, "[0, 210)", "不到210家")]
    [InlineData("至少210家", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("不低于210家", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("不低於210家", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("不少于210家", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("不少於210家", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("210家以上", Qualifier.AtLeast, "[210, +∞)", "至少210家")]
    [InlineData("超过210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("超過210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("逾210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("超210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("多于210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("多於210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("高于210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("高於210家", Qualifier.AtLeast, "(210, +∞)", "超过210家")]
    [InlineData("210多家", Qualifier.Span, "[210, 220)", "210多家")]
    [InlineData("210余家", Qualifier.Span, "[210, 220)", "210多家")]
    [InlineData("210餘家", Qualifier.Span, "[210, 220)", "210多家")]
    public void EachQualifierMarker_IsReadInItsPlace_WithItsClassAndInterval(string text, Qualifier qualifier, string bounds, string written)
    {
        PublishedFigure<Count<Enterprises>> figure = PublishedFigure.Parse<Count<Enterprises>>(text);

        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(bounds, figure.Bounds.ToString());
        Assert.Equal(written, figure.ToString());
    }

    [Theory]
    [InlineData("预计210家", FigureStatus.Forecast, "预计210家")]
    [InlineData("預計210家", FigureStatus.Forecast, "预计210家")]
    [InlineData("初步210家", FigureStatus.Provisional, "初步210家")]
    [InlineData("快报210家", FigureStatus.Provisional, "初步210家")]
    [InlineData("快報210家", FigureStatus.Provisional, "初步210家")]
    [InlineData("估计210家", FigureStatus.Estimated, "估计210家")]
    [InlineData("估計210家", FigureStatus.Estimated, "估计210家")]
    [InlineData("210家", FigureStatus.Normal, "210家")]
    public void EachStatusMarker_GivesItsStatus(string text, FigureStatus status, string written)
    {
        PublishedFigure<Count<Enterprises>> figure = PublishedFigure.Parse<Count<Enterprises>>(text);

        Assert.Equal(status, figure.Status);
        Assert.Equal(Qualifier.None, figure.Qualifier);
        Assert.Equal(written, figure.ToString());
    }

    [Theory]
    [InlineData("左右210家")]
    [InlineData("上下210家")]
    [InlineData("以下210家")]
    [InlineData("以上210家")]
    [InlineData("210家约")]
    [InlineData("210家超过")]
    [InlineData("210家不到")]
    [InlineData("多210家")]
    [InlineData("210家多")]
    [InlineData("210家预计")]
    public void MarkerOutOfItsPlace_IsRefused(string text) =>
        Assert.False(PublishedFigure.TryParse(text, out PublishedFigure<Count<Enterprises>> _));

    [Theory]
    [InlineData("约-1.5%", "(-0.0155, -0.0145]")]
    [InlineData("约1.5%", "[0.0145, 0.0155)")]
    [InlineData("约0%", "(-0.005, 0.005)")]
    [InlineData("-1.5多%", "(-0.016, -0.015]")]
    [InlineData("1.5多%", "[0.015, 0.016)")]
    [InlineData("0多%", "[0, 0.01)")]
    public void RatesEitherSideOfZero_ReachAwayFromZero(string text, string bounds) =>
        Assert.Equal(bounds, PublishedRate.Parse(text).Bounds.ToString());

    [Theory]
    [InlineData("1100多万人", "[11000000, 12000000)")]
    [InlineData("1100多 万人", "[11000000, 12000000)")]
    [InlineData("1,100多万人", "[11000000, 12000000)")]
    [InlineData("1100多 人", "[1100, 1200)")]
    public void SpanMarkerBeforeTheScaleOrTheUnit_SpansTheScaledNumber(string text, string bounds) =>
        Assert.Equal(bounds, PublishedFigure.Parse<Headcount>(text).Bounds.ToString());
}
