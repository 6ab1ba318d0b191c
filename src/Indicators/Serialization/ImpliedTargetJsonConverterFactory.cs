using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="ImpliedTargetJsonConverter{T}"/> for the implied targets (<see cref="ImpliedTarget{T}"/>) of Money, Headcount, HeadcountChange,
/// UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new ImpliedTargetJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class ImpliedTargetJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public ImpliedTargetJsonConverterFactory()
        : base(typeof(ImpliedTarget<>), "new ImpliedTargetJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new ImpliedTargetJsonConverter<T>();
}
