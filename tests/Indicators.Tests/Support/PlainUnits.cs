using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Tests.Support;

/// <summary>
/// A quantity of a caller's own, as a user of the library may write one: whole units that print as the bare number
/// ("30"), with no unit name after it. The library's own quantities always print a unit, so only such a type reaches
/// the code that leaves the unit out.
/// </summary>
internal readonly struct PlainUnits(long units) : IQuantity<PlainUnits>
{
    public long BaseUnits { get; } = units;

    public static int BaseUnitExponent => 0;

    public static bool IsSigned => false;

    public static PlainUnits AdditiveIdentity => default;

    public static PlainUnits operator +(PlainUnits left, PlainUnits right) => new(checked(left.BaseUnits + right.BaseUnits));

    public static PlainUnits operator -(PlainUnits left, PlainUnits right) => new(checked(left.BaseUnits - right.BaseUnits));

    public static bool operator ==(PlainUnits left, PlainUnits right) => left.BaseUnits == right.BaseUnits;

    public static bool operator !=(PlainUnits left, PlainUnits right) => left.BaseUnits != right.BaseUnits;

    public bool Equals(PlainUnits other) => BaseUnits == other.BaseUnits;

    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PlainUnits other && Equals(other);

    public override int GetHashCode() => BaseUnits.GetHashCode();

    public override string ToString() => BaseUnits.ToString(CultureInfo.InvariantCulture);

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        BaseUnits.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture);

    public static PlainUnits Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    public static PlainUnits Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out PlainUnits result) ? result : throw new FormatException($"\"{s}\" is not a number of plain units.");

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PlainUnits result) =>
        TryParse(s.AsSpan(), provider, out result);

    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PlainUnits result)
    {
        bool read = long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long units);
        result = new PlainUnits(units);
        return read;
    }
}
