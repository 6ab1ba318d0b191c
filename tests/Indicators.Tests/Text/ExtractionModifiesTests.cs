using System.Linq;
using Indicators.Text;
using Xunit;

namespace Indicators.Tests.Text;

/// <summary>The figure a growth or a change in percentage points modifies is the actual before it, not a ceiling or a
/// floor standing between them.</summary>
public class ExtractionModifiesTests
{
    [Theory]
    [InlineData("城镇登记失业率为2.24%，控制在3.5%以内，比上年同期下降0.12个百分点。", "0.12个百分点", "2.24%")]
    [InlineData("城鎮登記失業率為2.24%，控制在3.5%以內，比上年同期下降0.12個百分點。", "0.12個百分點", "2.24%")]
    [InlineData("城镇新增就业3.92万人，全年目标3万人以上，同比增长12%。", "12%", "3.92万人")]
    public void Change_ModifiesTheActualBeforeIt(string text, string change, string modified)
    {
        ExtractedFigure figure = Extraction.Extract(text).Figures.Single(f => f.Text == change);
        Assert.Equal(modified, figure.Modifies?.Text);
    }
}
