using System.Globalization;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// Which written form a culture picks, decided by its own name or the nearest of its parents' names that is known, with
/// cultures of the caller's own whose names and parents are chosen here (so that .NET's parent chains, which already lead
/// zh-TW to zh-Hant, do not hide a name the library does not know).
/// </summary>
public class FigureLanguageTests
{
    [Theory]
    [InlineData("zh-Hant", "Hant")]
    [InlineData("zh-TW", "Hant")]
    [InlineData("zh-HK", "Hant")]
    [InlineData("zh-MO", "Hant")]
    [InlineData("ZH-tw", "Hant")]
    [InlineData("en", "English")]
    [InlineData("fr", "Hans")]
    public void From_ACultureWithoutParents_IsDecidedByItsName(string name, string expected) =>
        Assert.Equal(expected, FigureLanguages.From(new NamedCulture(name, CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void From_TheNearestKnownNameWins()
    {
        Assert.Equal(FigureLanguage.Hans, FigureLanguages.From(new NamedCulture("zh", new NamedCulture("zh-Hant", CultureInfo.InvariantCulture))));
        Assert.Equal(FigureLanguage.English, FigureLanguages.From(new NamedCulture("en", new NamedCulture("zh-Hant", CultureInfo.InvariantCulture))));
        Assert.Equal(FigureLanguage.Hant, FigureLanguages.From(new NamedCulture("x-a", new NamedCulture("zh-TW", new NamedCulture("en", CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public void From_FollowsAtMostMaxParentsParents()
    {
        Assert.Equal(FigureLanguage.Hant, FigureLanguages.From(Chain(FigureLanguages.MaxParents)));
        Assert.Equal(FigureLanguage.Hans, FigureLanguages.From(Chain(FigureLanguages.MaxParents + 1)));
    }

    [Theory]
    [InlineData("zh", true)]
    [InlineData("ZH", true)]
    [InlineData("zh-SG", true)]
    [InlineData("Zh-x-mine", true)]
    [InlineData("zhx", false)]
    [InlineData("x-zh", false)]
    [InlineData("en", false)]
    [InlineData("fr-FR", false)]
    public void IsChinese_ACultureWithoutParents_IsDecidedByItsName(string name, bool expected) =>
        Assert.Equal(expected, FigureLanguages.IsChinese(new NamedCulture(name, CultureInfo.InvariantCulture)));

    [Fact]
    public void IsChinese_FollowsAtMostMaxParentsParents()
    {
        Assert.True(FigureLanguages.IsChinese(Chain(FigureLanguages.MaxParents, "zh-SG")));
        Assert.False(FigureLanguages.IsChinese(Chain(FigureLanguages.MaxParents + 1, "zh-SG")));
        Assert.False(FigureLanguages.IsChinese(null));
        Assert.False(FigureLanguages.IsChinese(NumberFormatInfo.InvariantInfo));
        Assert.False(FigureLanguages.IsChinese(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void UnitCount_InAChineseCulture_KeepsASharedMeasureWord()
    {
        var projects = new UnitCount(5, CountUnit.Projects);
        Assert.Equal("5个", projects.ToString(null, Chain(2, "zh-SG")));
        Assert.Equal("5 projects", projects.ToString(null, Chain(FigureLanguages.MaxParents + 1, "zh-SG")));
    }

    /// <summary>A culture whose ancestor <paramref name="depth"/> generations up is <paramref name="ancestor"/>, each
    /// between named x-a.</summary>
    private static CultureInfo Chain(int depth, string ancestor = "zh-Hant")
    {
        CultureInfo culture = new NamedCulture(ancestor, CultureInfo.InvariantCulture);
        for (int i = 0; i < depth; i++)
        {
            culture = new NamedCulture("x-a", culture);
        }

        return culture;
    }

    private sealed class NamedCulture(string name, CultureInfo parent) : CultureInfo("fr-FR")
    {
        public override string Name => name;

        public override CultureInfo Parent => parent;
    }
}
