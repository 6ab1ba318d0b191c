using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="PublishedFigureJsonConverter{T}"/> for the published figures (<see cref="PublishedFigure{T}"/>) of Money, Headcount, HeadcountChange,
/// UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new PublishedFigureJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class PublishedFigureJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public PublishedFigureJsonConverterFactory()
        : base(typeof(PublishedFigure<>), "new PublishedFigureJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new PublishedFigureJsonConverter<T>();
}
