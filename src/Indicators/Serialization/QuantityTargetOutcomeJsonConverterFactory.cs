using System.Text.Json.Serialization;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="QuantityTargetOutcomeJsonConverter{T}"/> for the outcomes (<see cref="QuantityTargetOutcome{T}"/>) of Money, Headcount,
/// HeadcountChange, UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new QuantityTargetOutcomeJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class QuantityTargetOutcomeJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public QuantityTargetOutcomeJsonConverterFactory()
        : base(typeof(QuantityTargetOutcome<>), "new QuantityTargetOutcomeJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new QuantityTargetOutcomeJsonConverter<T>();
}
