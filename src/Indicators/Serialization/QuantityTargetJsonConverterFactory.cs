using System.Text.Json.Serialization;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="QuantityTargetJsonConverter{T}"/> for the targets (<see cref="QuantityTarget{T}"/>) of Money, Headcount,
/// HeadcountChange, UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new QuantityTargetJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class QuantityTargetJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public QuantityTargetJsonConverterFactory()
        : base(typeof(QuantityTarget<>), "new QuantityTargetJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new QuantityTargetJsonConverter<T>();
}
