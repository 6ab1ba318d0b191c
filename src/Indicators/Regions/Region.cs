using System;
using System.Diagnostics.CodeAnalysis;
using Indicators.Reporting;
using Indicators.Utility;
using NodaTime;

namespace Indicators.Regions;

/// <summary>
/// A region a figure is published for: a GB/T 2260 administrative division (台州市 331000, 玉环市 331083), a city's own
/// level (市本级), or a group defined in data (浙东北). It has an identifier, names, a level and the identifier of its parent.
/// </summary>
/// <remarks>
/// <para>The identifier of an administrative division is its six-digit code ("331000"); other regions take any identifier
/// that is not six digits ("331000-city-level", "zhejiang-northeast"), so the two never collide.</para>
/// <para>A region knows its parent only by identifier: which regions exist, and how they nest, is a
/// <see cref="RegionHierarchy"/>'s business. The same division can so sit under its province in one hierarchy and under a
/// group in another (<see cref="WithParent"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Region : IEquatable<Region>
{
    private const string Owner = "A region's";

    private Region(
        string id, RegionCode code, RegionLevel level, string name, string? parentId, string? traditionalName,
        string? englishName, YearMonth? validFrom, YearMonth? validTo)
    {
        Id = id;
        Code = code;
        Level = level;
        Name = name;
        ParentId = parentId;
        TraditionalName = traditionalName;
        EnglishName = englishName;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The identifier: the six-digit code of an administrative division, or the identifier given in data.</summary>
    public string Id { get; }

    /// <summary>The GB/T 2260 code of an administrative division; <see cref="RegionCode.None"/> for any other region.</summary>
    public RegionCode Code { get; }

    /// <summary>Whether this is a GB/T 2260 administrative division (it has a <see cref="Code"/>).</summary>
    public bool IsAdministrativeDivision => !Code.IsNone;

    /// <summary>The level.</summary>
    public RegionLevel Level { get; }

    /// <summary>The name in simplified Chinese, as the official list prints it: "台州市", "玉环市".</summary>
    public string Name { get; }

    /// <summary>The name in traditional Chinese where it differs ("臺州市", "玉環市"), or null where it is the same or not known.</summary>
    public string? TraditionalName { get; }

    /// <summary>The English name where known ("Taizhou"), or null.</summary>
    public string? EnglishName { get; }

    /// <summary>The identifier of the parent region, or null for a root (a province, or the top of a hierarchy defined in data).</summary>
    public string? ParentId { get; }

    /// <summary>The first month this region is listed with this name, for the divisions of the built-in list; null when unknown.</summary>
    public YearMonth? ValidFrom { get; }

    /// <summary>The last month this region is listed with this name, or null when it is still listed (or unknown).</summary>
    public YearMonth? ValidTo { get; }

    /// <summary>An administrative division.</summary>
    /// <param name="code">Its six-digit GB/T 2260 code; not <see cref="RegionCode.None"/>.</param>
    /// <param name="name">Its name in simplified Chinese; not empty.</param>
    /// <param name="level">Its level: <see cref="RegionLevel.Province"/>, <see cref="RegionLevel.Prefecture"/> or
    /// <see cref="RegionLevel.County"/>.</param>
    /// <param name="parent">Its parent's code, or <see cref="RegionCode.None"/> for a province.</param>
    /// <param name="traditionalName">Its name in traditional Chinese where it differs.</param>
    /// <param name="englishName">Its English name where known.</param>
    /// <param name="validFrom">The first month it is listed with this name, where known.</param>
    /// <param name="validTo">The last month it is listed with this name, or null while it is still listed.</param>
    /// <returns>The region, with its code as <see cref="Id"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is <see cref="RegionCode.None"/>, a name is empty,
    /// <paramref name="level"/> is not a GB/T 2260 level, <paramref name="parent"/> is <paramref name="code"/> itself, or <paramref name="validTo"/> is before <paramref name="validFrom"/>.</exception>
    public static Region Division(
        RegionCode code, string name, RegionLevel level, RegionCode parent = default, string? traditionalName = null,
        string? englishName = null, YearMonth? validFrom = null, YearMonth? validTo = null)
    {
        if (code.IsNone)
        {
            throw new ArgumentException("An administrative division needs a GB/T 2260 code; got 000000 (RegionCode.None).", nameof(code));
        }

        Preconditions.CheckDefined(level, nameof(level));
        if (level is not (RegionLevel.Province or RegionLevel.Prefecture or RegionLevel.County))
        {
            throw new ArgumentException($"An administrative division is a province, a prefecture or a county; got {level}.", nameof(level));
        }

        if (parent == code)
        {
            throw new ArgumentException($"The region {code} {name} cannot be its own parent.", nameof(parent));
        }

        if (validFrom is { } from && validTo is { } to && to < from)
        {
            throw new ArgumentException($"The region {code} {name} is listed until {to:yyyy-MM}, before it is first listed ({from:yyyy-MM}).", nameof(validTo));
        }

        return new Region(
            code.ToString(), code, level, LocalizedNames.Required(name, Owner, nameof(name)), parent.IsNone ? null : parent.ToString(),
            LocalizedNames.Optional(traditionalName, name, Owner, nameof(traditionalName)), LocalizedNames.Optional(englishName, null, Owner, nameof(englishName)),
            validFrom, validTo);
    }

    /// <summary>A region that is no administrative division: a city's own level (市本级) or a group defined in data.</summary>
    /// <param name="id">Its identifier: not empty, not six digits (those are the codes of administrative divisions), no
    /// white space at either end.</param>
    /// <param name="name">Its name in simplified Chinese; not empty.</param>
    /// <param name="level"><see cref="RegionLevel.CityLevel"/> or <see cref="RegionLevel.Group"/>.</param>
    /// <param name="parentId">Its parent's identifier, or null for the top of a hierarchy.</param>
    /// <param name="traditionalName">Its name in traditional Chinese where it differs.</param>
    /// <param name="englishName">Its English name where known.</param>
    /// <returns>The region.</returns>
    /// <exception cref="ArgumentException">An argument breaks the rules above, or <paramref name="parentId"/> is <paramref name="id"/> itself.</exception>
    public static Region Defined(
        string id, string name, RegionLevel level, string? parentId = null, string? traditionalName = null, string? englishName = null)
    {
        CheckId(id, nameof(id));
        if (RegionCode.TryParse(id, out _))
        {
            throw new ArgumentException($"The identifier \"{id}\" is a GB/T 2260 code; use Region.Division for an administrative division, or another identifier.", nameof(id));
        }

        Preconditions.CheckDefined(level, nameof(level));
        if (level is not (RegionLevel.CityLevel or RegionLevel.Group))
        {
            throw new ArgumentException($"A region defined in data is a city's own level (CityLevel) or a group; got {level}. Administrative divisions come from Region.Division.", nameof(level));
        }

        if (parentId is not null)
        {
            CheckId(parentId, nameof(parentId));
            if (parentId == id)
            {
                throw new ArgumentException($"The region {id} cannot be its own parent.", nameof(parentId));
            }
        }

        return new Region(
            id, RegionCode.None, level, LocalizedNames.Required(name, Owner, nameof(name)), parentId,
            LocalizedNames.Optional(traditionalName, name, Owner, nameof(traditionalName)), LocalizedNames.Optional(englishName, null, Owner, nameof(englishName)),
            null, null);
    }

    /// <summary>
    /// A city's own level (市本级) as a region under the city: identifier "<c>331000-city-level</c>", name "台州市本级"
    /// ("臺州市本級", "Taizhou (city level)").
    /// </summary>
    /// <param name="city">The city: a prefecture-level division.</param>
    /// <returns>The city-level region, whose parent is <paramref name="city"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="city"/> is not a prefecture-level division.</exception>
    public static Region CityLevelOf(Region city)
    {
        ArgumentNullException.ThrowIfNull(city);
        if (city.Level != RegionLevel.Prefecture || !city.IsAdministrativeDivision)
        {
            throw new ArgumentException($"Only a prefecture-level city has a city level (市本级); {city.Id} {city.Name} is a {city.Level}.", nameof(city));
        }

        return new Region(
            city.Id + "-city-level", RegionCode.None, RegionLevel.CityLevel, city.Name + "本级", city.Id,
            (city.TraditionalName ?? city.Name) + "本級", city.EnglishName is null ? null : city.EnglishName + " (city level)", null, null);
    }

    /// <summary>The name in a language, falling back to the simplified name where the other is not known.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string NameIn(ExplainLanguage language) => LocalizedNames.In(language, Name, TraditionalName, EnglishName);

    /// <summary>This region under another parent: a division placed in a group defined in data (杭州市 under 浙东北).</summary>
    /// <param name="parentId">The new parent's identifier, or null for a root.</param>
    /// <returns>The region with the same identifier, names and level.</returns>
    /// <exception cref="ArgumentException"><paramref name="parentId"/> is empty or is this region's own identifier.</exception>
    public Region WithParent(string? parentId)
    {
        if (parentId is not null)
        {
            CheckId(parentId, nameof(parentId));
            if (parentId == Id)
            {
                throw new ArgumentException($"The region {Id} cannot be its own parent.", nameof(parentId));
            }
        }

        return new Region(Id, Code, Level, Name, parentId, TraditionalName, EnglishName, ValidFrom, ValidTo);
    }

    /// <summary>Whether this region is listed in a month: from <see cref="ValidFrom"/> to <see cref="ValidTo"/>, both
    /// included, an unknown end counting as open.</summary>
    /// <remarks>This knows nothing of the months between lists: <see cref="AdministrativeDivisions.AsOf(YearMonth)"/>
    /// keeps a division of the built-in list in force after its last list until the next list (a division last listed
    /// in 2011-12 is in the hierarchy for 2012-06, though not listed in that month, for which there is no list).</remarks>
    /// <param name="month">The month.</param>
    /// <returns>Whether it is listed.</returns>
    public bool IsListedIn(YearMonth month) =>
        (ValidFrom is not { } from || from <= month) && (ValidTo is not { } to || month <= to);

    /// <summary>Whether two regions are the same in every field (identifier, code, level, names, parent, validity).</summary>
    /// <param name="other">The other region.</param>
    /// <returns>The comparison.</returns>
    public bool Equals([NotNullWhen(true)] Region? other) =>
        other is not null && Id == other.Id && Code == other.Code && Level == other.Level && Name == other.Name
        && ParentId == other.ParentId && TraditionalName == other.TraditionalName && EnglishName == other.EnglishName
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Region other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ParentId);

    /// <summary>For example "331000 台州市".</summary>
    /// <returns>The identifier and the simplified name.</returns>
    public override string ToString() => Id + " " + Name;

    private static void CheckId(string id, string parameter)
    {
        ArgumentNullException.ThrowIfNull(id, parameter);
        if (id.Length == 0 || id.Trim().Length != id.Length)
        {
            throw new ArgumentException($"A region identifier must not be empty or start or end with white space; got \"{id}\".", parameter);
        }
    }
}
