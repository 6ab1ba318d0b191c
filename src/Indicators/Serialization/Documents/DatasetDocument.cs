using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Indicators.Serialization.Documents;

/// <summary>The root of a dataset document (docs/datasets.md): what <see cref="DatasetJson"/> reads and writes.</summary>
internal sealed class DatasetDocument : DocumentObject
{
    private static readonly string[] Names = ["format", "version", "title", "source", "regions", "indicators", "observations", "targets", "completionRates", "derived"];

    /// <summary>Always <see cref="DatasetJson.FormatName"/>; anything else is refused as soon as it is read.</summary>
    public string? Format
    {
        get;
        set => field = Given(
            value == DatasetJson.FormatName ? value : throw new JsonValueException($"expected \"{DatasetJson.FormatName}\"; got {Utility.TextExcerpt.Quote(value ?? string.Empty)}."),
            0);
    }

    /// <summary>The format's version; read by <see cref="VersionJsonConverter"/>, which refuses any other version.</summary>
    [JsonConverter(typeof(VersionJsonConverter))]
    public int Version { get; set => field = Given(value, 1); }

    /// <summary>The dataset's title.</summary>
    public string? Title { get; set => field = Given(value, 2); }

    /// <summary>Where the dataset comes from.</summary>
    public string? Source { get; set => field = Given(value, 3); }

    /// <summary>The regions.</summary>
    public RegionsDocument? Regions { get; set => field = Given(value, 4); }

    /// <summary>Indicators beyond the built-in catalog.</summary>
    public List<IndicatorDocument?>? Indicators { get; set => field = Given(value, 5); }

    /// <summary>The observations.</summary>
    public List<ObservationDocument?>? Observations { get; set => field = Given(value, 6); }

    /// <summary>Targets, printed or inferred.</summary>
    public List<TargetDocument?>? Targets { get; set => field = Given(value, 7); }

    /// <summary>Printed completion rates.</summary>
    public List<CompletionRateDocument?>? CompletionRates { get; set => field = Given(value, 8); }

    /// <summary>Declared derivations.</summary>
    public List<DerivationDocument?>? Derived { get; set => field = Given(value, 9); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
