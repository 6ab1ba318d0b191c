using System;
using System.Globalization;
using System.Text.Json;
using Indicators.Quantities;

namespace Indicators.Serialization;

/// <summary>
/// Writes a <see cref="UnitCount"/> as <c>{"value": "2677", "unit": "enterprise"}</c>: the exact count as a string of
/// digits and the unit's <see cref="CountUnit.Code"/>. Its text "2677家" is not used, because 个 is the measure word of two
/// units (positions and projects) and would not say which.
/// </summary>
/// <remarks>
/// <para>The unit is one of <see cref="CountUnit.All"/>; a count of a unit made with the <see cref="CountUnit"/> constructor
/// cannot be read back, so writing one throws a <see cref="JsonValueException"/> (use <see cref="Count{TUnit}"/> and
/// <see cref="CountJsonConverter{TUnit}"/>). <c>default(UnitCount)</c>, a zero with no unit, is
/// <c>{"value": "0", "unit": null}</c>. See <see cref="ObjectJsonConverter{T}"/> for the errors.</para>
/// </remarks>
public sealed class UnitCountJsonConverter : ObjectJsonConverter<UnitCount>
{
    /// <inheritdoc/>
    internal override void WriteProperties(Utf8JsonWriter writer, UnitCount value)
    {
        if (value.Unit is CountUnit unit && !IsPredefined(unit))
        {
            throw new JsonValueException(
                $"Cannot write {value}: its unit \"{unit.Code}\" is not a predefined CountUnit, so it would not read back. Use Count<TUnit> with CountJsonConverter<TUnit>.");
        }

        writer.WriteString("value", value.Value.ToString(CultureInfo.InvariantCulture));
        if (value.Unit is null)
        {
            writer.WriteNull("unit");
        }
        else
        {
            writer.WriteString("unit", value.Unit.Code);
        }
    }

    /// <inheritdoc/>
    private protected override UnitCount ReadProperties(JsonFields fields)
    {
        long count = fields.Value("value", ParseDigits, "a whole number of units in digits, for example \"2677\"");
        if (fields.IsNull("unit"))
        {
            return count == 0 ? default : throw new ArgumentException($"A count of {count} needs a unit; only zero (default) has none.");
        }

        return new UnitCount(count, fields.Value("unit", ParseUnit, "the code of a predefined unit, for example \"enterprise\""));
    }

    private static bool IsPredefined(CountUnit unit) => unit.IsPredefined;

    private static long ParseDigits(string text) =>
        text.Length > 0 && (text[0] != '0' || text.Length == 1) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw new FormatException("Expected ASCII digits without a sign, a leading zero or grouping, at most 9223372036854775807.");

    private static CountUnit ParseUnit(string code)
    {
        return CountUnit.TryGetPredefined(code, out CountUnit? unit)
            ? unit
            : throw new FormatException("Not the code of a predefined unit; the codes are " + string.Join(", ", CountUnit.All) + ".");
    }
}
