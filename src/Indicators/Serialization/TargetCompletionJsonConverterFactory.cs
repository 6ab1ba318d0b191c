using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="TargetCompletionJsonConverter{T}"/> for the completions (<see cref="TargetCompletion{T}"/>) of Money, Headcount, HeadcountChange,
/// UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new TargetCompletionJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class TargetCompletionJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public TargetCompletionJsonConverterFactory()
        : base(typeof(TargetCompletion<>), "new TargetCompletionJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new TargetCompletionJsonConverter<T>();
}
