using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Indicators.Utility;

namespace Indicators.Regions;

/// <summary>
/// A GB/T 2260 administrative-division code: six digits, two each for province, prefecture and county
/// (浙江省 330000, 台州市 331000, 椒江区 331002).
/// </summary>
/// <remarks>
/// <para>Codes have no order (a numeric order would mean nothing); they are equal when their digits are. A code says
/// nothing about when it was valid: codes change over time, and a few retired codes were later given to another unit
/// (<see cref="AdministrativeDivisions"/> answers for a code and a date).</para>
/// <para><c>default</c> is <see cref="None"/>, "000000": no region. It is written and read back like any code, is
/// neither a province nor a prefecture, and contains only itself. Every other code has six digits, the first not 0.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.RegionCodeJsonConverter))]
public readonly struct RegionCode :
    IEquatable<RegionCode>,
    IFormattable,
    ISpanParsable<RegionCode>,
    System.Numerics.IEqualityOperators<RegionCode, RegionCode, bool>
{
    private const string Expected = "expected six digits, the first not 0 (for example 331000), or 000000 for no region";

    private readonly int code;

    private RegionCode(int code) => this.code = code;

    /// <summary>No region: "000000", the <c>default</c> value.</summary>
    public static RegionCode None => default;

    /// <summary>Whether this is <see cref="None"/>.</summary>
    public bool IsNone => code == 0;

    /// <summary>The code of the province this region belongs to (331002 → 330000; <see cref="None"/> → <see cref="None"/>).</summary>
    public RegionCode Province => new(code / 10_000 * 10_000);

    /// <summary>The code of the prefecture this region belongs to (331002 → 331000; <see cref="None"/> → <see cref="None"/>).</summary>
    public RegionCode Prefecture => new(code / 100 * 100);

    /// <summary>Whether this is a province-level code (ends in 0000, and is not <see cref="None"/>).</summary>
    public bool IsProvince => code != 0 && code % 10_000 == 0;

    /// <summary>Whether this is a prefecture-level code (ends in 00, not 0000).</summary>
    public bool IsPrefecture => code % 100 == 0 && code % 10_000 != 0;

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

    /// <summary>Reads a six-digit code ("331000", or "000000" for <see cref="None"/>).</summary>
    /// <param name="s">The code.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not six digits with a first digit other than 0, nor 000000.</exception>
    /// <remarks>Codes do not depend on culture, so there is no overload taking a format provider (the
    /// <see cref="IParsable{TSelf}"/> members, which take one, are implemented explicitly and ignore it).</remarks>
    public static RegionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static RegionCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out RegionCode result)
            ? result
            : throw new FormatException($"{TextExcerpt.Quote(s)} is not a GB/T 2260 region code: {Expected}.");

    /// <summary>Tries to read a code; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see cref="None"/>.</param>
    /// <returns>Whether the text was a code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionCode result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <inheritdoc cref="TryParse(string, out RegionCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out RegionCode result)
    {
        result = default;
        if (s.Length != 6 || !Digits.TryReadInt(s, 0, 999_999, fullWidth: false, out int value))
        {
            return false;
        }

        if (s[0] == '0' && value != 0)
        {
            return false;
        }

        result = new RegionCode(value);
        return true;
    }

    /// <inheritdoc />
    static RegionCode IParsable<RegionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static RegionCode ISpanParsable<RegionCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    static bool IParsable<RegionCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    /// <inheritdoc />
    static bool ISpanParsable<RegionCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionCode result) =>
        TryParse(s, out result);

    /// <summary>Whether <paramref name="other"/> lies in this region: a province contains its prefectures and counties, a
    /// prefecture its counties, and every code contains itself.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The containment.</returns>
    public bool Contains(RegionCode other) =>
        IsProvince ? other.Province == this : IsPrefecture ? other.Prefecture == this : other == this;

    /// <inheritdoc />
    public bool Equals(RegionCode other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <summary>The six digits ("331000"; "000000" for <see cref="None"/>), which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => code.ToString("000000", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    /// <exception cref="FormatException"><paramref name="format"/> is not null, empty or "G".</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) || format == "G"
            ? ToString()
            : throw new FormatException($"The format string {TextExcerpt.Quote(format)} is not supported by RegionCode: use G.");
}
