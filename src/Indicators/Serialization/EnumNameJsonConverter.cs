using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Utility;

namespace Indicators.Serialization;

/// <summary>
/// Writes a member of <typeparamref name="TEnum"/> as its name, exactly as declared (<c>"AtMost"</c>: not a number and not
/// camelCase), and reads only such a name, ordinally: a number (<c>1</c> or <c>"1"</c>), another case, an unknown name or
/// <c>null</c> throws a <see cref="JsonValueException"/> with the JSON path; writing a value that is no member throws one too.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>
/// <para>Attached to every public enum of this library with <c>[JsonConverter]</c>. It is generic and uses no reflection,
/// so it is AOT-safe like <see cref="JsonStringEnumConverter{TEnum}"/>, which it does not derive from: on .NET 8 that one
/// reads a numeric string (<c>"1"</c>) even with integer values refused, and it matches names ignoring case.</para>
/// <para>The value is also accepted as a property name. Instances are stateless and thread-safe.</para>
/// </remarks>
public sealed class EnumNameJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Members = Enum.GetValues<TEnum>();

    private static readonly string Expected = $"the name of a {typeof(TEnum).Name} member ({string.Join(", ", Enum.GetNames<TEnum>())})";

    /// <summary>Reads a member's name.</summary>
    /// <param name="reader">The reader, at the value.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The options.</param>
    /// <returns>The member.</returns>
    /// <exception cref="JsonException">The JSON value is not a string holding the name of a member.</exception>
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = JsonText.ReadString(ref reader, Expected);
        foreach (TEnum member in Members)
        {
            if (string.Equals(member.ToString(), text, StringComparison.Ordinal))
            {
                return member;
            }
        }

        throw new JsonValueException($"Expected {Expected}; got {TextExcerpt.Quote(text)}.");
    }

    /// <summary>Writes the member's name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The member.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException"><paramref name="value"/> is not a member of <typeparamref name="TEnum"/>.</exception>
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Name(value));
    }

    /// <summary>Reads a member's name from a property name.</summary>
    /// <param name="reader">The reader, at the property name.</param>
    /// <param name="typeToConvert">The type to read.</param>
    /// <param name="options">The options.</param>
    /// <returns>The member.</returns>
    /// <exception cref="JsonException">The property name is not the name of a member.</exception>
    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    /// <summary>Writes the member's name as a property name.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The member.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="JsonException"><paramref name="value"/> is not a member of <typeparamref name="TEnum"/>.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Name(value));
    }

    private static string Name(TEnum value)
    {
        foreach (TEnum member in Members)
        {
            if (member.Equals(value))
            {
                return member.ToString();
            }
        }

        throw new JsonValueException($"Cannot write {value}: it is not a member of {typeof(TEnum).Name}, so it has no name to write.");
    }
}
