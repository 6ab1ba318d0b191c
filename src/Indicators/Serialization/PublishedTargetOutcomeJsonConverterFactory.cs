using System.Text.Json.Serialization;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="PublishedTargetOutcomeJsonConverter{T}"/> for the outcomes (<see cref="PublishedTargetOutcome{T}"/>) of Money, Headcount,
/// HeadcountChange, UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new PublishedTargetOutcomeJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class PublishedTargetOutcomeJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public PublishedTargetOutcomeJsonConverterFactory()
        : base(typeof(PublishedTargetOutcome<>), "new PublishedTargetOutcomeJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new PublishedTargetOutcomeJsonConverter<T>();
}
