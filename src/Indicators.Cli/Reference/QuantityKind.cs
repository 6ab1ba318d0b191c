using System.Text.Json.Serialization;

namespace Indicators.Cli.Reference;

/// <summary>What a figure counts, which decides the library type it is parsed into.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuantityKind>))]
internal enum QuantityKind
{
    /// <summary>Persons (人): a <see cref="Quantities.Headcount"/>.</summary>
    [JsonStringEnumMemberName("persons")]
    Persons,

    /// <summary>Enterprises (家): a <see cref="Quantities.Count{TUnit}"/> of <see cref="Quantities.Enterprises"/>.</summary>
    [JsonStringEnumMemberName("enterprises")]
    Enterprises,
}
