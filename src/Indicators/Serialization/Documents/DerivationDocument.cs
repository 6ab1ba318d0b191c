using System.Collections.Generic;
using Indicators.Periods;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>derived</c>: a figure the report implies, declared over the dataset's figures.</summary>
internal sealed class DerivationDocument : DocumentObject
{
    private static readonly string[] Names = ["id", "kind", "indicators", "region", "period", "name", "traditionalName", "englishName"];

    /// <summary>The derivation's identifier.</summary>
    public string? Id { get; set => field = Given(value, 0); }

    /// <summary>total, perUnit, share or product.</summary>
    public string? Kind { get; set => field = Given(value, 1); }

    /// <summary>The indicators whose figures it uses.</summary>
    public List<string>? Indicators { get; set => field = Given(value, 2); }

    /// <summary>The region's identifier.</summary>
    public string? Region { get; set => field = Given(value, 3); }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; set => field = Given(value, 4); }

    /// <summary>The name in simplified characters.</summary>
    public string? Name { get; set => field = Given(value, 5); }

    /// <summary>The name in traditional characters.</summary>
    public string? TraditionalName { get; set => field = Given(value, 6); }

    /// <summary>The English name.</summary>
    public string? EnglishName { get; set => field = Given(value, 7); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
