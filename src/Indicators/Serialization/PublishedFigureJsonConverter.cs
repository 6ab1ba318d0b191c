using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="PublishedFigure{T}"/> as it is printed, with its precision, qualifier and status ("14.64万人",
/// "约115万家", "不到200份", "预计3.8亿元"), and reads it back with <see cref="PublishedFigure.Parse{T}"/> to an equal figure.
/// </summary>
/// <typeparam name="T">The quantity.</typeparam>
/// <remarks>
/// <para><see cref="PublishedFigureJsonConverterFactory"/>, attached to <see cref="PublishedFigure{T}"/>, provides this
/// converter for Money, Headcount, HeadcountChange, UnitCount and the counts of the predefined units; register it yourself
/// for a count of your own unit: <c>options.Converters.Add(new PublishedFigureJsonConverter&lt;Count&lt;Classrooms&gt;&gt;())</c>.</para>
/// <para>A <see cref="UnitCount"/> whose measure word two units share is written with the unit's English name
/// ("12 projects"), which reads back. A figure whose text does not read back (a <see cref="UnitCount"/> of a unit made with
/// the <see cref="CountUnit"/> constructor, which <c>Parse</c> does not know) throws a <see cref="JsonValueException"/> when
/// written: publish it as a <see cref="Count{TUnit}"/> instead.</para>
/// </remarks>
public sealed class PublishedFigureJsonConverter<T> : TextJsonConverter<PublishedFigure<T>>
    where T : struct, IQuantity<T>
{
    /// <inheritdoc/>
    private protected override string Expected =>
        $"a published figure of {TypeNames.Of<T>()} (PublishedFigure<{TypeNames.Of<T>()}>), for example \"14.64万人\" or \"约115万家\"";

    /// <inheritdoc/>
    private protected override string Format(PublishedFigure<T> value)
    {
        string text = value.ToString();
        if (typeof(T) == typeof(UnitCount) && !(PublishedFigure.TryParse(text, out PublishedFigure<T> back) && back == value))
        {
            throw new JsonValueException(
                $"Cannot write the published figure {text}: its unit is not one Parse knows (not in CountUnit.All), so it would not read back. Use Count<TUnit>.");
        }

        return text;
    }

    /// <inheritdoc/>
    private protected override PublishedFigure<T> Parse(string text) => PublishedFigure.Parse<T>(text);
}
