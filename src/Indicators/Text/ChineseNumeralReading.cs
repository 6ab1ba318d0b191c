using System;
using System.Globalization;
using System.Numerics;
using Indicators.Quantities;
using Indicators.Utility;

namespace Indicators.Text;

/// <summary>
/// What a Chinese numeral says, with its kind: a number ("三千五百万"), a fraction ("三分之一", exactly 1/3), a percentage
/// ("百分之三点五", exactly 0.035) or a range ("三四十", 30 to 40; "十几", 11 to 19). Use it where the text may hold any of
/// these; <see cref="ChineseNumeral"/> reads one kind at a time.
/// </summary>
/// <remarks>
/// <para>Values are exact <see cref="Ratio"/>s: a percentage is held as its fraction (百分之五 is 1/20, as
/// <see cref="Quantities.Percent"/> holds it), a fraction is reduced to lowest terms (十分之五 is 1/2).</para>
/// <para>A range is two neighbouring digits (一二 … 八九, 一两, 两三) or one 几 standing for a digit 1 to 9, once in the
/// numeral: "两三" = 2 to 3, "三四十万" = 300 000 to 400 000, "十一二" = 11 to 12, "十几" = 11 to 19, "几百" = 100 to 900.
/// Approximations with 多, 余 or 来 (三十多) have no upper bound written and are refused.</para>
/// <para><see cref="ToString"/> writes the value and the kind ("1/3 (fraction)", "30–40 (range)"); it is for reading,
/// not for parsing back. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.ChineseNumeralReadingJsonConverter))]
public readonly struct ChineseNumeralReading : IEquatable<ChineseNumeralReading>, IEqualityOperators<ChineseNumeralReading, ChineseNumeralReading, bool>
{
    private readonly Ratio low;
    private readonly Ratio high;

    private ChineseNumeralReading(ChineseNumeralKind kind, Ratio low, Ratio high)
    {
        Kind = kind;
        this.low = low;
        this.high = high;
    }

    /// <summary>A reading from its parts, checked (for the JSON converter): a range has a low end below its high end,
    /// any other kind one value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined.</exception>
    /// <exception cref="ArgumentException">The ends do not fit the kind.</exception>
    internal static ChineseNumeralReading Of(ChineseNumeralKind kind, Ratio low, Ratio high)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        if (kind == ChineseNumeralKind.Range ? low >= high : low != high)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A {kind} reading has {(kind == ChineseNumeralKind.Range ? "a low end below its high end" : "one value")}; got {low} and {high}."), nameof(high));
        }

        return new ChineseNumeralReading(kind, low, high);
    }

    /// <summary>What kind of numeral was read.</summary>
    public ChineseNumeralKind Kind { get; }

    /// <summary>Whether the numeral is a range (<see cref="ChineseNumeralKind.Range"/>), so that <see cref="Low"/> and
    /// <see cref="High"/> differ.</summary>
    public bool IsRange => Kind == ChineseNumeralKind.Range;

    /// <summary>The exact value: the number, the fraction, or the percentage as a fraction (百分之五 = 1/20).</summary>
    /// <exception cref="InvalidOperationException">The numeral is a range; read <see cref="Low"/> and <see cref="High"/>.</exception>
    public Ratio Value => IsRange
        ? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"A range ({low}–{high}) has no single value; read Low and High."))
        : low;

    /// <summary>The smallest value the numeral can mean (the value itself unless it is a range).</summary>
    public Ratio Low => low;

    /// <summary>The largest value the numeral can mean (the value itself unless it is a range).</summary>
    public Ratio High => high;

    /// <summary>Whether two readings are of the same kind with the same values.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ChineseNumeralReading left, ChineseNumeralReading right) => left.Equals(right);

    /// <summary>Whether two readings differ in kind or value.</summary>
    /// <param name="left">The first reading.</param>
    /// <param name="right">The second reading.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ChineseNumeralReading left, ChineseNumeralReading right) => !left.Equals(right);

    /// <summary>Reads <paramref name="s"/> as one numeral of any kind; 兆 is refused.</summary>
    /// <param name="s">The numeral, with nothing before or after it.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one well-formed numeral; the message names the position and the problem.</exception>
    public static ChineseNumeralReading Parse(string s) => Parse(s, ChineseNumeralZhao.Refused);

    /// <summary>Reads <paramref name="s"/> as one numeral of any kind, with 兆 read by <paramref name="zhao"/>.</summary>
    /// <param name="s">The numeral, with nothing before or after it.</param>
    /// <param name="zhao">What 兆 stands for, or <see cref="ChineseNumeralZhao.Refused"/>.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="zhao"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not one well-formed numeral; the message names the position and the problem.</exception>
    public static ChineseNumeralReading Parse(string s, ChineseNumeralZhao zhao)
    {
        ArgumentNullException.ThrowIfNull(s);
        Preconditions.CheckDefined(zhao, nameof(zhao));
        if (TryRead(s, zhao, out ChineseNumeralReading reading, out int position, out string problem))
        {
            return reading;
        }

        throw new FormatException(NumeralErrors.Message(s, "a Chinese numeral", position, problem));
    }

    /// <summary>Reads <paramref name="s"/> as one numeral of any kind, without throwing; 兆 is refused.</summary>
    /// <param name="s">The numeral; null gives false.</param>
    /// <param name="reading">The reading, or the default (the number zero) when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed numeral.</returns>
    public static bool TryParse(string? s, out ChineseNumeralReading reading) => TryParse(s, ChineseNumeralZhao.Refused, out reading);

    /// <summary>Reads <paramref name="s"/> as one numeral of any kind, without throwing.</summary>
    /// <param name="s">The numeral; null gives false.</param>
    /// <param name="zhao">What 兆 stands for; an undefined value gives false.</param>
    /// <param name="reading">The reading, or the default (the number zero) when the text cannot be read.</param>
    /// <returns>Whether the text is one well-formed numeral.</returns>
    public static bool TryParse(string? s, ChineseNumeralZhao zhao, out ChineseNumeralReading reading)
    {
        reading = default;
        return s is not null && Enum.IsDefined(zhao) && TryRead(s, zhao, out reading, out _, out _);
    }

    /// <summary>Whether two readings are of the same kind with the same values.</summary>
    /// <param name="other">The other reading.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ChineseNumeralReading other) => Kind == other.Kind && low == other.low && high == other.high;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChineseNumeralReading other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, low, high);

    /// <summary>The value and the kind, culture-invariant: "35000 (number)", "1/3 (fraction)", "3.5% (percent)",
    /// "30–40 (range)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ChineseNumeralKind.Percent => $"{Quantities.Percent.FromRatio(low)} (percent)",
        ChineseNumeralKind.Fraction => $"{low} (fraction)",
        ChineseNumeralKind.Range => $"{low}–{high} (range)",
        _ => $"{low} (number)",
    };

    internal static bool TryRead(string s, ChineseNumeralZhao zhao, out ChineseNumeralReading reading, out int position, out string problem)
    {
        reading = default;
        var parsing = new NumeralParsing(s, zhao);
        bool ok;
        if (s.Length > 0 && s[^1] is '%' or '％')
        {
            ok = parsing.TryPercent(out Ratio value);
            reading = new(ChineseNumeralKind.Percent, value, value);
        }
        else if (s.Contains("分之", StringComparison.Ordinal) || s.AsSpan().IndexOfAny('/', '／') >= 0)
        {
            ok = parsing.TryFraction(out Ratio value, out bool hundredths);
            reading = new(hundredths ? ChineseNumeralKind.Percent : ChineseNumeralKind.Fraction, value, value);
        }
        else if (parsing.TryRange(out decimal lowValue, out decimal highValue, out bool isRange) || isRange)
        {
            ok = parsing.Error.Length == 0;
            reading = new(ChineseNumeralKind.Range, Ratio.FromDecimal(lowValue), Ratio.FromDecimal(highValue));
        }
        else
        {
            ok = parsing.TryNumber(out decimal number);
            reading = new(ChineseNumeralKind.Number, Ratio.FromDecimal(number), Ratio.FromDecimal(number));
        }

        position = parsing.ErrorPosition;
        problem = parsing.Error;
        if (!ok)
        {
            reading = default;
        }

        return ok;
    }
}
