using System.Collections.Generic;

namespace Indicators.Serialization.Documents;

/// <summary>An entry of <c>regions.defined</c>: a region defined in the file.</summary>
internal sealed class RegionDocument : DocumentObject
{
    private static readonly string[] Names = ["id", "name", "traditionalName", "englishName", "level", "parent"];

    /// <summary>A six-digit code or any other identifier.</summary>
    public string? Id { get; set => field = Given(value, 0); }

    /// <summary>The name in simplified characters.</summary>
    public string? Name { get; set => field = Given(value, 1); }

    /// <summary>The name in traditional characters, where it differs.</summary>
    public string? TraditionalName { get; set => field = Given(value, 2); }

    /// <summary>The English name, where known.</summary>
    public string? EnglishName { get; set => field = Given(value, 3); }

    /// <summary>province, prefecture, county, city-level or group.</summary>
    public string? Level { get; set => field = Given(value, 4); }

    /// <summary>The parent's identifier.</summary>
    public string? Parent { get; set => field = Given(value, 5); }

    /// <inheritdoc/>
    internal override IReadOnlyList<string> Fields => Names;
}
