using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Aggregation;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="AverageJsonConverter{T}"/> for the averages (<see cref="Average{T}"/>) of Money, Headcount, HeadcountChange,
/// UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new AverageJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class AverageJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public AverageJsonConverterFactory()
        : base(typeof(Average<>), "new AverageJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new AverageJsonConverter<T>();
}
