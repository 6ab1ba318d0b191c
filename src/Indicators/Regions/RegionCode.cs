using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Indicators.Regions;

/// <summary>
/// A GB/T 2260 administrative-division code: six digits, two each for province, prefecture and county
/// (浙江省 330000, 台州市 331000, 椒江区 331002).
/// </summary>
/// <remarks>
/// Codes have no order (a numeric order would mean nothing); they are equal when their digits are. A code says nothing about when it was valid: codes change over time, and a retired code
/// is never reused. <c>default</c> is not a valid code (its <see cref="ToString"/> is "000000").
/// This type is an immutable value type and is thread-safe.
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.RegionCodeJsonConverter))]
public readonly struct RegionCode : IEquatable<RegionCode>
{
    private readonly int code;

    private RegionCode(int code) => this.code = code;

    /// <summary>The code of the province this region belongs to (331002 → 330000).</summary>
    public RegionCode Province => new(code / 10_000 * 10_000);

    /// <summary>The code of the prefecture this region belongs to (331002 → 331000).</summary>
    public RegionCode Prefecture => new(code / 100 * 100);

    /// <summary>Whether this is a province-level code (ends in 0000).</summary>
    public bool IsProvince => code % 10_000 == 0;

    /// <summary>Whether this is a prefecture-level code (ends in 00, not 0000).</summary>
    public bool IsPrefecture => code % 100 == 0 && !IsProvince;

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.code == right.code;

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => left.code != right.code;

    /// <summary>Reads a six-digit code.</summary>
    /// <param name="code">Six ASCII digits, the first not 0: "331000".</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="code"/> is not six digits.</exception>
    public static RegionCode Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out RegionCode result)
            ? result
            : throw new FormatException($"\"{code}\" is not a GB/T 2260 region code: expected six digits, the first not 0 (for example 331000).");
    }

    /// <summary>Tries to read a six-digit code; never throws.</summary>
    /// <param name="code">The text.</param>
    /// <param name="result">The code, or <c>default</c>.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out RegionCode result)
    {
        result = default;
        if (code is null || code.Length != 6 || code[0] == '0')
        {
            return false;
        }

        foreach (char c in code)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        result = new RegionCode(int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Whether <paramref name="other"/> is this region or lies inside it (330000 contains 331002).</summary>
    /// <param name="other">The other region.</param>
    /// <returns>The containment, by code prefix.</returns>
    public bool Contains(RegionCode other) =>
        IsProvince ? other.Province == this : IsPrefecture ? other.Prefecture == this : other == this;

    /// <inheritdoc />
    public bool Equals(RegionCode other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <summary>The six digits: "331000".</summary>
    /// <returns>The code.</returns>
    public override string ToString() => code.ToString("000000", CultureInfo.InvariantCulture);
}
