using System.Text.Json;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="CountUnit"/> as <c>{"code": "enterprise", "simplified": "家", "traditional": "家", "englishSingular":
/// "enterprise", "englishPlural": "enterprises"}</c>: its code and its four names, all required. A predefined unit reads back
/// as itself; a code of a predefined unit with other names is an error, as it is for the <see cref="CountUnit"/> constructor.
/// </summary>
/// <remarks>Attached to <see cref="CountUnit"/> with <c>[JsonConverter]</c>. A <c>null</c> unit is JSON <c>null</c>. See
/// <see cref="ObjectJsonConverter{T}"/> for the errors.</remarks>
public sealed class CountUnitJsonConverter : ObjectJsonConverter<CountUnit>
{
    private const string Name = "a name, not empty or white space";

    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, CountUnit value)
    {
        writer.WriteString("code", value.Code);
        writer.WriteString("simplified", value.Simplified);
        writer.WriteString("traditional", value.Traditional);
        writer.WriteString("englishSingular", value.EnglishSingular);
        writer.WriteString("englishPlural", value.EnglishPlural);
    }

    /// <inheritdoc/>
    private protected override CountUnit ReadProperties(JsonFields fields)
    {
        var unit = new CountUnit(
            fields.Value("code", Text, "a code, for example \"enterprise\""),
            fields.Value("simplified", Text, Name),
            fields.Value("traditional", Text, Name),
            fields.Value("englishSingular", Text, Name),
            fields.Value("englishPlural", Text, Name));
        // A predefined unit reads back as the same instance.
        return unit.IsPredefined && CountUnit.TryGetPredefined(unit.Code, out CountUnit? known) ? known : unit;
    }

    private static string Text(string text) => text;
}
