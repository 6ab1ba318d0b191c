using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities.Figures;

namespace Indicators.Quantities;

/// <summary>
/// A unit that things other than persons are counted in: enterprises (家), positions (个), events (场), person-times (人次)…
/// Each carries its names in simplified Chinese, traditional Chinese and English.
/// </summary>
/// <remarks>
/// <para>Two units are equal when their code and all four names are equal (ordinal comparison), so a unit of your own
/// that borrows a code is not mistaken for another unit. The code of a predefined unit cannot be given to a unit with
/// other names: the constructor refuses it. The predefined units are static properties (listed, read-only, in
/// <see cref="All"/>); a new unit is made with the constructor and, to get compile-time safety, a marker type
/// implementing <see cref="ICountUnit"/> (see <see cref="Enterprises"/> for the pattern).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.CountUnitJsonConverter))]
public sealed class CountUnit : IEquatable<CountUnit>, IEqualityOperators<CountUnit, CountUnit, bool>
{
    private static readonly List<CountUnit> Known = new();

    /// <summary>Defines a unit.</summary>
    /// <param name="code">A stable identifier, lower-case English ("enterprise").</param>
    /// <param name="simplified">The simplified Chinese measure word ("家").</param>
    /// <param name="traditional">The traditional Chinese measure word ("家").</param>
    /// <param name="englishSingular">The English name of one ("enterprise").</param>
    /// <param name="englishPlural">The English name of several ("enterprises").</param>
    /// <exception cref="ArgumentException">An argument is null, empty or white space; or <paramref name="code"/> is the code of
    /// a predefined unit (<see cref="All"/>) and the names are not that unit's.</exception>
    public CountUnit(string code, string simplified, string traditional, string englishSingular, string englishPlural)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(simplified);
        ArgumentException.ThrowIfNullOrWhiteSpace(traditional);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishSingular);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishPlural);
        Code = code;
        Simplified = simplified;
        Traditional = traditional;
        EnglishSingular = englishSingular;
        EnglishPlural = englishPlural;
        foreach (CountUnit known in Known)
        {
            if (string.Equals(known.Code, code, StringComparison.Ordinal) && !Equals(known))
            {
                throw new ArgumentException(
                    $"The code \"{code}\" belongs to the predefined unit {known.Simplified} ({known.EnglishPlural}); give the unit {simplified} a code of its own.",
                    nameof(code));
            }
        }

        Text = new UnitText(simplified, traditional, englishSingular, englishPlural);
    }

    /// <summary>Enterprises, employers (家).</summary>
    public static CountUnit Enterprises { get; } = Predefined("enterprise", "家", "家", "enterprise", "enterprises");

    /// <summary>Job positions, posts (个 / 個).</summary>
    public static CountUnit Positions { get; } = Predefined("position", "个", "個", "position", "positions");

    /// <summary>Events such as job fairs (场 / 場).</summary>
    public static CountUnit Events { get; } = Predefined("event", "场", "場", "event", "events");

    /// <summary>Sessions or cohorts of a course (期).</summary>
    public static CountUnit Sessions { get; } = Predefined("session", "期", "期", "session", "sessions");

    /// <summary>Agreements, contracts (份).</summary>
    public static CountUnit Agreements { get; } = Predefined("agreement", "份", "份", "agreement", "agreements");

    /// <summary>Bus trips (班次).</summary>
    public static CountUnit Trips { get; } = Predefined("trip", "班次", "班次", "trip", "trips");

    /// <summary>Railway carriages (节 / 節).</summary>
    public static CountUnit Carriages { get; } = Predefined("carriage", "节", "節", "carriage", "carriages");

    /// <summary>Flights (架次).</summary>
    public static CountUnit Flights { get; } = Predefined("flight", "架次", "架次", "flight", "flights");

    /// <summary>Sites, service points (处 / 處).</summary>
    public static CountUnit Sites { get; } = Predefined("site", "处", "處", "site", "sites");

    /// <summary>Platforms and projects (个 / 個; the same measure word as <see cref="Positions"/>).</summary>
    public static CountUnit Projects { get; } = Predefined("project", "个", "個", "project", "projects");

    /// <summary>Person-times (人次): attendances or services, not distinct persons.</summary>
    public static CountUnit PersonTimes { get; } = Predefined("person-time", "人次", "人次", "person-time", "person-times");

    /// <summary>The predefined units, in the order above.</summary>
    public static IReadOnlyList<CountUnit> All { get; } = Known.AsReadOnly();

    /// <summary>The stable identifier ("enterprise").</summary>
    public string Code { get; }

    /// <summary>Whether this unit is one of the predefined units (<see cref="All"/>): equal to one in code and names.</summary>
    public bool IsPredefined => Known.Contains(this);

    /// <summary>The simplified Chinese measure word ("个").</summary>
    public string Simplified { get; }

    /// <summary>The traditional Chinese measure word ("個").</summary>
    public string Traditional { get; }

    /// <summary>The English name of one ("position").</summary>
    public string EnglishSingular { get; }

    /// <summary>The English name of several ("positions").</summary>
    public string EnglishPlural { get; }

    internal UnitText Text { get; }

    /// <summary>Whether two units are the same (same code and names).</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(CountUnit? left, CountUnit? right) => Equals(left, right);

    /// <summary>Whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(CountUnit? left, CountUnit? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CountUnit? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Simplified, other.Simplified, StringComparison.Ordinal)
        && string.Equals(Traditional, other.Traditional, StringComparison.Ordinal)
        && string.Equals(EnglishSingular, other.EnglishSingular, StringComparison.Ordinal)
        && string.Equals(EnglishPlural, other.EnglishPlural, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CountUnit);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            StringComparer.Ordinal.GetHashCode(Code),
            StringComparer.Ordinal.GetHashCode(Simplified),
            StringComparer.Ordinal.GetHashCode(Traditional),
            StringComparer.Ordinal.GetHashCode(EnglishSingular),
            StringComparer.Ordinal.GetHashCode(EnglishPlural));

    /// <summary>The code, for example "enterprise".</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>The predefined unit with the code <paramref name="code"/> ("enterprise" → 家).</summary>
    /// <param name="code">A code, compared ordinally.</param>
    /// <param name="unit">The unit, or <c>null</c> when no predefined unit has that code.</param>
    /// <returns>Whether a predefined unit has that code.</returns>
    public static bool TryGetPredefined(string? code, [NotNullWhen(true)] out CountUnit? unit)
    {
        foreach (CountUnit known in Known)
        {
            if (string.Equals(known.Code, code, StringComparison.Ordinal))
            {
                unit = known;
                return true;
            }
        }

        unit = null;
        return false;
    }

    private static CountUnit Predefined(string code, string simplified, string traditional, string singular, string plural)
    {
        var unit = new CountUnit(code, simplified, traditional, singular, plural);
        Known.Add(unit);
        return unit;
    }
}
