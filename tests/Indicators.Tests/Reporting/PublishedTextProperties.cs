using System;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using FsCheck.Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>
/// The text of published figures: <c>TryParse</c> never throws and <c>Parse</c> throws only <see cref="FormatException"/>,
/// on any text, for every published-figure type; and every figure reads back from its own text to an equal figure.
/// </summary>
public class PublishedTextProperties
{
    [Property(Arbitrary = [typeof(PublishedGenerators)], MaxTest = 2000)]
    public bool TryParse_AnyText_NeverThrows_AndParseThrowsOnlyFormatException(PublishedLikeText text) => AllAgree(text.Text);

    [Property(MaxTest = 500)]
    public bool TryParse_ArbitraryStrings_NeverThrow_AndParseThrowsOnlyFormatException(string? text) =>
        text is null
            ? !PublishedFigure.TryParse<Headcount>(null, out _) && !PublishedRate.TryParse(null, out _) && !RateTarget.TryParse(null, out _)
            : AllAgree(text);

    private static bool AllAgree(string s) =>
        Agrees<Headcount>(s) && Agrees<HeadcountChange>(s) && Agrees<Money>(s) && Agrees<Count<Enterprises>>(s)
            && Agrees<Count<PersonTimes>>(s) && Agrees<UnitCount>(s)
            && Agrees(s, PublishedRate.TryParse, PublishedRate.Parse)
            && Agrees(s, RateTarget.TryParse, RateTarget.Parse);

    [Property(Arbitrary = [typeof(PublishedGenerators)], MaxTest = 1000)]
    public bool Parse_ToString_GivesAnEqualFigure_WithTheSameHashCode(AnyPublished published)
    {
        object back = published.Reparse(published.Figure.ToString()!);
        return back.Equals(published.Figure) && back.GetHashCode() == published.Figure.GetHashCode();
    }

    private static bool Agrees<T>(string s)
        where T : struct, IQuantity<T> =>
        Agrees<PublishedFigure<T>>(s, PublishedFigure.TryParse, PublishedFigure.Parse<T>);

    private delegate bool TryParser<TResult>(string? s, out TResult result);

    /// <summary>TryParse does not throw, and Parse succeeds exactly when TryParse does, else throws FormatException.</summary>
    private static bool Agrees<TResult>(string s, TryParser<TResult> tryParse, Func<string, TResult> parse)
    {
        bool read = tryParse(s, out TResult tried);
        try
        {
            TResult parsed = parse(s);
            return read && Equals(parsed, tried);
        }
        catch (FormatException)
        {
            return !read;
        }
    }
}
