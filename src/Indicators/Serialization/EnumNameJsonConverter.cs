using System;
using System.Text.Json.Serialization;

namespace Indicators.Serialization;

/// <summary>
/// Writes a member of <typeparamref name="TEnum"/> as its name, exactly as declared (<c>"AtMost"</c>, not a number and not
/// camelCase), and reads only a name: a number (<c>1</c> or <c>"1"</c>), an unknown name or a value that is no member throws a
/// <see cref="System.Text.Json.JsonException"/> with the JSON path. The generic, AOT-safe <see cref="JsonStringEnumConverter{TEnum}"/>
/// with integer values refused.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>Attached to every public enum of this library with <c>[JsonConverter]</c>. Thread-safe.</remarks>
public sealed class EnumNameJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Names as declared; numbers refused.</summary>
    public EnumNameJsonConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}
