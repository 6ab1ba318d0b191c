using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Indicators.Benchmarks.Serialization;

// Plain DTOs of the dataset format (docs/datasets.md), for the baseline: every value stays the string the file holds,
// nothing is checked or parsed, so this is what System.Text.Json alone costs for the same bytes.

/// <summary>The document's root.</summary>
public sealed record DatasetDto(
    string Format,
    int Version,
    string? Title,
    string? Source,
    RegionsDto Regions,
    List<IndicatorDto>? Indicators,
    List<ObservationDto> Observations);

/// <summary>The regions: the built-in divisions' date and the regions defined in the file.</summary>
public sealed record RegionsDto(string? AsOf, List<RegionDto>? Defined);

/// <summary>A region defined in the file.</summary>
public sealed record RegionDto(string Id, string Name, string? TraditionalName, string? EnglishName, string Level, string? Parent);

/// <summary>An indicator beyond the built-in catalog.</summary>
public sealed record IndicatorDto(
    string Code,
    string Quantity,
    string? Unit,
    string Nature,
    string? Rollup,
    string? Numerator,
    string? Denominator,
    string? Polarity,
    string Name,
    string? TraditionalName,
    string? EnglishName);

/// <summary>One observation, its figure as printed.</summary>
public sealed record ObservationDto(string Indicator, string Region, string Period, string Figure, string? Source);

/// <summary>Source-generated System.Text.Json metadata for the DTOs (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DatasetDto))]
public sealed partial class DatasetDtoContext : JsonSerializerContext;
