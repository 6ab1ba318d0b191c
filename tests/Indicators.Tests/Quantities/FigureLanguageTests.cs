using System.Globalization;
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

    /// <summary>A culture whose ancestor <paramref name="depth"/> generations up is zh-Hant, each between named x-a.</summary>
    private static CultureInfo Chain(int depth)
    {
        CultureInfo culture = new NamedCulture("zh-Hant", CultureInfo.InvariantCulture);
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
