using System;
using System.Diagnostics.CodeAnalysis;
using Indicators.Quantities.Figures;

namespace Indicators.Quantities;

/// <content>Formatting and parsing.</content>
public readonly partial struct Money : IFigure<Money>
{
    private const int FenExponent = 2; // 1 元 = 10² fen

    private static readonly UnitText YuanText = new("元", "元", "yuan", "yuan", "圆", "圓");
    private static readonly FigureSyntax Syntax = new(nameof(Money), YuanText, allowsSign: true, allowsScale: true);

    /// <inheritdoc/>
    static string IFigure<Money>.TypeName => nameof(Money);

    /// <summary>The exact amount in 元, culture-invariant: "14716000000元", "6051.56元", "-0.5元".</summary>
    /// <returns>The canonical text, which <see cref="Parse(string)"/> reads back to the same amount.</returns>
    public override string ToString() => ToString(DisplayFormat.Exact, null);

    /// <summary>Formats with a standard format string (<c>"G"</c>, <c>"W2"</c>, <c>"Y2"</c>), culture-invariant; see
    /// <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format) => ToString(DisplayFormat.Parse(format), null);

    /// <summary>
    /// Formats with a standard format string: <c>"G"</c> (exact, in 元), <c>"W2"</c> (2 decimals of 万元, 四舍五入),
    /// <c>"Y2"</c> (2 decimals of 亿元), <c>"WY1"</c> (1 decimal of 万亿元); see <see cref="DisplayFormat"/>. The provider picks the written form:
    /// zh-Hant cultures "147.16億元", other zh cultures and the invariant culture "147.16亿元", en cultures
    /// "147.16 × 10⁸ yuan" (digits grouped by commas).
    /// </summary>
    /// <remarks>Every format reads back through <see cref="Parse(string)"/>, however many decimals it asks for (<c>"F22"</c>
    /// included): the exact formats to this amount, a rounded format to the rounded amount — except where rounding carries
    /// it past <see cref="MaxValue"/> or <see cref="MinValue"/> (<c>"Y0"</c> of <see cref="MaxValue"/> is "922337204亿元"),
    /// which <see cref="Parse(string)"/> rejects as out of range.</remarks>
    /// <param name="format">The format string, or <c>null</c> for <c>"G"</c>.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(DisplayFormat.Parse(format), formatProvider);

    /// <summary>Formats with a <see cref="DisplayFormat"/>, which names the scale, the decimals and the rounding mode.</summary>
    /// <param name="format">The display format.</param>
    /// <param name="formatProvider">The culture whose written form to use, or <c>null</c> for the invariant form.</param>
    /// <returns>The text, for example "147.16亿元".</returns>
    public string ToString(DisplayFormat format, IFormatProvider? formatProvider) =>
        FigureWriter.Format(fen, FigureWriter.ScaleDenominator(format.Scale, FenExponent), format, FigureLanguages.From(formatProvider), YuanText);

    /// <summary>Formats into <paramref name="destination"/> without allocating; see <see cref="ToString(string, IFormatProvider)"/>.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format string; empty for <c>"G"</c>.</param>
    /// <param name="provider">The culture whose written form to use.</param>
    /// <returns>Whether <paramref name="destination"/> was large enough.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        DisplayFormat display = DisplayFormat.Parse(format);
        return FigureWriter.TryWrite(
            destination, out charsWritten, fen, FigureWriter.ScaleDenominator(display.Scale, FenExponent), display, FigureLanguages.From(provider), YuanText);
    }

    /// <summary>
    /// Reads an amount as Chinese reports print it: "147.16亿元", "147.16億元", "1252.7万元", "500元",
    /// "１４７．１６亿元", "2,369.79万元", or the English form "147.16 × 10⁸ yuan"; 圆 and 圓 are read as 元. The grammar is the same in every culture.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The exact amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount of money, or is finer than a fen; the message
    /// names the position and what was expected.</exception>
    public static Money Parse(string s) => FigureParsing.Parse<Money>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Money Parse(string s, IFormatProvider? provider) => FigureParsing.Parse<Money>(s);

    /// <inheritdoc cref="Parse(string)" path="/*[not(self::param)]"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FigureParsing.Parse<Money>(s);

    /// <summary>Tries to read an amount; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>Whether the text was an amount of money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => FigureParsing.TryParse(s, out result);

    /// <summary>Tries to read an amount; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the grammar is the same in every culture.</param>
    /// <param name="result">The amount, or zero when the text is not one.</param>
    /// <returns>Whether the text was an amount of money.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Money)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => FigureParsing.TryParse(s, out result);

    /// <inheritdoc/>
    static bool IQuantity<Money>.TryReadUnit(in ParsedFigure number, ReadOnlySpan<char> unit, out Money value)
    {
        bool ok = FigureParser.TryBaseUnitsAfterNumber(number, unit, Syntax, FenExponent, out long parsed);
        value = new Money(parsed);
        return ok;
    }

    /// <inheritdoc/>
    static bool IFigure<Money>.TryRead(ReadOnlySpan<char> text, out Money value, out ParseFailure failure)
    {
        bool ok = FigureParser.TryParseBaseUnits(text, Syntax, FenExponent, "the amount is finer than a fen (0.01 元)", out long parsed, out _, out failure);
        value = new Money(parsed);
        return ok;
    }
}
