using System.Text.Json.Serialization;

namespace Indicators.Cli.Reference;

/// <summary>
/// Reads <see cref="ReportFile"/> without reflection. Strict: a missing or null member, or an unknown one, is an error.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ReportFile))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
