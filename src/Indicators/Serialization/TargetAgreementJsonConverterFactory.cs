using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Targets;

namespace Indicators.Serialization;

/// <summary>
/// Provides <see cref="TargetAgreementJsonConverter{T}"/> for the target agreements (<see cref="TargetAgreement{T}"/>) of Money, Headcount, HeadcountChange,
/// UnitCount and the counts of the predefined units, without reflection (see <see cref="QuantityJsonConverterFactory"/>).
/// </summary>
/// <remarks>For any other quantity register <c>new TargetAgreementJsonConverter&lt;T&gt;()</c> yourself.</remarks>
public sealed class TargetAgreementJsonConverterFactory : QuantityJsonConverterFactory
{
    /// <summary>Creates the factory.</summary>
    public TargetAgreementJsonConverterFactory()
        : base(typeof(TargetAgreement<>), "new TargetAgreementJsonConverter<T>()")
    {
    }

    /// <inheritdoc/>
    private protected override JsonConverter Create<T>() => new TargetAgreementJsonConverter<T>();
}
