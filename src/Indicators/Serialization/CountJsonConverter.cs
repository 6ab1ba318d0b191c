using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>Writes a <see cref="Count{TUnit}"/> as its exact text ("2677家") and reads it back in that unit only.</summary>
/// <typeparam name="TUnit">The unit marker.</typeparam>
/// <remarks>
/// <para><see cref="CountJsonConverterFactory"/>, attached to <see cref="Count{TUnit}"/>, provides this converter for the
/// predefined units. For a unit of your own, register it yourself, which needs no reflection:
/// <c>options.Converters.Add(new CountJsonConverter&lt;Classrooms&gt;())</c>, or list it in a source-generated context with
/// <c>[JsonSourceGenerationOptions(Converters = [typeof(CountJsonConverter&lt;Classrooms&gt;)])]</c>.</para>
/// <para>See <see cref="TextJsonConverter{T}"/> for the errors: "5人" is not a count of enterprises.</para>
/// </remarks>
public sealed class CountJsonConverter<TUnit> : TextJsonConverter<Count<TUnit>>
    where TUnit : ICountUnit
{
    /// <inheritdoc/>
    private protected override string Expected =>
        $"a count of {TUnit.Unit.EnglishPlural} (Count<{typeof(TUnit).Name}>), for example \"2677{TUnit.Unit.Simplified}\"";

    /// <inheritdoc/>
    private protected override Count<TUnit> Parse(string text) => Count<TUnit>.Parse(text, CultureInfo.InvariantCulture);
}
