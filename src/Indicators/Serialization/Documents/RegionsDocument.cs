using System.Collections.Generic;
using NodaTime;

namespace Indicators.Serialization.Documents;

/// <summary>The <c>regions</c> object: the built-in divisions at a date and the regions defined in the file.</summary>
internal sealed class RegionsDocument : DocumentObject
{
    private static readonly string[] Names = ["asOf", "defined"];

    /// <summary>The date whose built-in divisions the dataset uses; read by <see cref="IsoDateJsonConverter"/>.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(IsoDateJsonConverter))]
    public LocalDate? AsOf { get; set => field = Given(value, 0); }

    /// <summary>Regions defined in the file.</summary>
    public List<RegionDocument?>? Defined { get; set => field = Given(value, 1); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
