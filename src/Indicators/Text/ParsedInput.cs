using System;
using System.Globalization;
using System.Numerics;
using Indicators.Utility;
using Indicators.Quantities;

namespace Indicators.Text;

/// <summary>
/// One text read as one figure ("约115万家", "超过人民币4700亿元", "1.38%", "0.2个百分点") or one numeral ("三千五百万",
/// "百分之五", "三分之一"), with what the <c>indicators parse</c> command writes of it: the kind, the exact value in base
/// units as a decimal string, the unit, the scale, the qualifier and the status, or an error with its position.
/// </summary>
/// <remarks>
/// <para>A figure is read by <see cref="FigureReader"/> with the input as its whole context, and must take the whole input:
/// only status markers (预计, 初步, 快报, 估计 in either script) may stand before it, nothing after it; a unit is never
/// inferred, since there is no phrase before the number. Text that is no figure is read by
/// <see cref="ChineseNumeralReading"/> as a bare numeral.</para>
/// <para><see cref="Value"/> is exact, never rounded: in 元 for money, persons for a headcount, units for a count, a decimal
/// fraction for a percent (1.38% → "0.0138", 百分之五 → "0.05") and points for percentage points (0.2个百分点 → "0.2").
/// A fraction whose decimal expansion does not end is written as a fraction in lowest terms (三分之一 → "1/3").</para>
/// <para>Refused, with an error: empty input; text before or after the figure; an amount in a foreign currency (it is not
/// one of the kinds: 美元 are not 元); a range of numerals (两三, 十几: it has no single value); 兆 (its power of ten
/// depends on the convention; <see cref="ChineseNumeral.Parse(string, ChineseNumeralZhao)"/> lets the caller choose).</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ParsedInput : IEquatable<ParsedInput>, IEqualityOperators<ParsedInput, ParsedInput, bool>
{
    private const string NoNumber = "the span holds no number";

    private ParsedInput(string input, string kind, string value, string? unit, string? scale, string qualifier, string status)
    {
        Input = input;
        Kind = kind;
        Value = value;
        Unit = unit;
        Scale = scale;
        Qualifier = qualifier;
        Status = status;
        ErrorPosition = -1;
    }

    private ParsedInput(string input, int errorPosition, string error)
    {
        Input = input;
        Error = error;
        ErrorPosition = errorPosition;
    }

    /// <summary>The text as given, before surrounding white space is ignored.</summary>
    public string Input { get; }

    /// <summary>Whether the text was read: then <see cref="Error"/> is null and <see cref="Kind"/>, <see cref="Value"/>,
    /// <see cref="Qualifier"/> and <see cref="Status"/> are set.</summary>
    public bool IsOk => Error is null;

    /// <summary>The kind (<see cref="ParseWireNames.Kind"/>): "money", "headcount", "count", "percent",
    /// "percentage-points", or "number" for a bare numeral; null when the text was not read.</summary>
    public string? Kind { get; }

    /// <summary>The exact value in base units as a culture-invariant decimal ("1589000", "0.0138", "-3.5"), or a fraction in
    /// lowest terms when its decimal expansion does not end ("1/3"); null when the text was not read.</summary>
    public string? Value { get; }

    /// <summary>The unit word as printed ("元", "人", "家", "%", "个百分点"); null for a bare number or when not read.</summary>
    public string? Unit { get; }

    /// <summary>The scale the number ends in, in simplified characters: "万", "亿" or "万亿" ("1.6万", "三千五百万人" and
    /// "14.64萬人" are in 万); null when there is none ("39221人", "三千五百").</summary>
    public string? Scale { get; }

    /// <summary>The qualifier (<see cref="ParseWireNames.Qualifier"/>): "exact", "approx", "at-most", "at-least" or "span";
    /// "exact" for a bare numeral; null when the text was not read.</summary>
    public string? Qualifier { get; }

    /// <summary>The status (<see cref="ParseWireNames.Status"/>): "normal", "estimated", "forecast" or "provisional";
    /// null when the text was not read.</summary>
    public string? Status { get; }

    /// <summary>Why the text was not read, naming the position; null when it was.</summary>
    public string? Error { get; }

    /// <summary>Where the problem is, in UTF-16 code units from the start of <see cref="Input"/>; −1 when the text was read.</summary>
    public int ErrorPosition { get; }

    /// <summary>Whether two results are equal: the same input and the same reading or error.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ParsedInput? left, ParsedInput? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ParsedInput? left, ParsedInput? right) => !(left == right);

    /// <summary>Reads <paramref name="input"/> as one figure or one numeral; never throws.</summary>
    /// <param name="input">The text; surrounding white space is ignored; null reads as empty.</param>
    /// <param name="result">The reading, or the error with its position: never null.</param>
    /// <returns>Whether the text was read (<see cref="IsOk"/>).</returns>
    public static bool TryParse(string? input, out ParsedInput result)
    {
        string text = input ?? string.Empty;
        result = Read(text);
        return result.IsOk;
    }

    /// <summary>The reading of a figure found by <see cref="Extraction"/>, as <c>indicators extract</c> writes it: the
    /// figure's text as <see cref="Input"/>, and its kind, exact value, unit, scale, qualifier and status worked out as for
    /// <see cref="TryParse"/> (an amount in a foreign currency has the kind "foreign-currency" and its value in that
    /// currency's units).</summary>
    /// <param name="figure">The figure found.</param>
    /// <returns>The reading: never an error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static ParsedInput FromExtracted(ExtractedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return FromFigure(figure.Text, figure.Figure);
    }

    /// <inheritdoc />
    public bool Equals(ParsedInput? other) =>
        other is not null
        && string.Equals(Input, other.Input, StringComparison.Ordinal)
        && string.Equals(Kind, other.Kind, StringComparison.Ordinal)
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && string.Equals(Unit, other.Unit, StringComparison.Ordinal)
        && string.Equals(Scale, other.Scale, StringComparison.Ordinal)
        && string.Equals(Qualifier, other.Qualifier, StringComparison.Ordinal)
        && string.Equals(Status, other.Status, StringComparison.Ordinal)
        && string.Equals(Error, other.Error, StringComparison.Ordinal)
        && ErrorPosition == other.ErrorPosition;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParsedInput);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Input, Kind, Value, Unit, Scale, Qualifier, Status, Error);

    /// <summary>The reading for reading, culture-invariant: "money 1589000 元 (万, exact, normal)", or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsOk
        ? $"{Kind} {Value}{(Unit is null ? string.Empty : " " + Unit)} ({(Scale is null ? string.Empty : Scale + ", ")}{Qualifier}, {Status})"
        : $"error: {Error}";

    private static ParsedInput Read(string input)
    {
        int start = 0;
        int end = input.Length;
        while (start < end && char.IsWhiteSpace(input[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(input[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return new ParsedInput(input, start, "Cannot read an empty text as a figure or a numeral.");
        }

        bool isFigure = FigureScanner.TryReadSpan(input, start, end - start, out FigureInContext? figure, out string? problem);
        if (isFigure && figure is not null && figure.Start + figure.Length == end && OnlyStatusWords(input, start, figure.Start)
            && figure.Kind != FigureKind.ForeignCurrency)
        {
            return FromFigure(input, figure);
        }

        string trimmed = input[start..end];
        if (ChineseNumeralReading.TryRead(trimmed, ChineseNumeralZhao.Refused, out ChineseNumeralReading numeral, out int position, out string numeralProblem))
        {
            return numeral.IsRange
                ? new ParsedInput(input, start, string.Create(CultureInfo.InvariantCulture,
                    $"Cannot read {TextExcerpt.Quote(input, start)} as one value: it is a range of numerals ({numeral.Low} to {numeral.High}), which has no single value."))
                : new ParsedInput(input, numeral.Kind == ChineseNumeralKind.Percent ? "percent" : "number", numeral.Value.ToString(),
                    numeral.Kind == ChineseNumeralKind.Percent ? "%" : null, NumeralScale(trimmed), "exact", "normal");
        }

        if (isFigure && figure is not null)
        {
            if (figure.Kind == FigureKind.ForeignCurrency)
            {
                return Failure(input, figure.Start, $"an amount in a foreign currency ({figure.Currency}) is not money in 元 nor any other kind read here");
            }

            return figure.Start + figure.Length != end
                ? Failure(input, figure.Start + figure.Length, "text follows the figure; give one figure or one numeral alone")
                : Failure(input, start, "text stands before the figure; only a status marker (预计, 初步, 快报, 估计) may");
        }

        return problem is null or NoNumber || problem.StartsWith("the number has no unit", StringComparison.Ordinal)
            ? Failure(input, start + position, numeralProblem)
            : Failure(input, FirstNumeralCharacter(input, start, end), problem);
    }

    private static ParsedInput Failure(string input, int position, string problem)
    {
        string where = position < input.Length
            ? string.Create(CultureInfo.InvariantCulture, $"at position {position} ('{input[position]}')")
            : string.Create(CultureInfo.InvariantCulture, $"at position {position} (the end)");
        return new ParsedInput(input, position, $"Cannot read {TextExcerpt.Quote(input, position)} as a figure or a numeral: {where}, {problem}.");
    }

    private static ParsedInput FromFigure(string input, FigureInContext figure)
    {
        PrintedNumber printed = figure.Printed;
        int exponent = (int)printed.Scale - printed.Decimals - (figure.Kind == FigureKind.Percent ? 2 : 0);
        string? scale = printed.Scale switch
        {
            Quantities.Scale.One => null,
            Quantities.Scale.Wan => "万",
            Quantities.Scale.Yi => "亿",
            Quantities.Scale.WanYi => "万亿",
            _ => throw new InvalidOperationException("Not a defined Scale."),
        };
        return new ParsedInput(
            input, ParseWireNames.Kind(figure.Kind), DecimalText(printed.Digits, exponent), figure.Unit, scale,
            ParseWireNames.Qualifier(figure.Qualifier), ParseWireNames.Status(figure.Status));
    }

    /// <summary>digits × 10^exponent written out exactly, without trailing zeros after the point.</summary>
    private static string DecimalText(Int128 digits, int exponent)
    {
        string magnitude = digits < 0 ? (-(System.Numerics.BigInteger)digits).ToString(CultureInfo.InvariantCulture) : digits.ToString(CultureInfo.InvariantCulture);
        string sign = digits < 0 ? "-" : string.Empty;
        if (digits == 0)
        {
            return "0";
        }

        if (exponent >= 0)
        {
            return sign + magnitude + new string('0', exponent);
        }

        int point = magnitude.Length + exponent;
        string whole = point > 0 ? magnitude[..point] : "0";
        string fraction = (point < 0 ? new string('0', -point) : string.Empty) + magnitude[Math.Max(point, 0)..];
        fraction = fraction.TrimEnd('0');
        return sign + whole + (fraction.Length == 0 ? string.Empty : "." + fraction);
    }

    private static bool OnlyStatusWords(string input, int start, int end)
    {
        int i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            bool matched = false;
            foreach ((string word, _) in ContextVocabulary.StatusWords)
            {
                if (string.CompareOrdinal(input, i, word, 0, word.Length) == 0 && i + word.Length <= end)
                {
                    i += word.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        return true;
    }

    private static string? NumeralScale(string numeral)
    {
        string rest = numeral;
        string? scale = null;
        foreach ((string word, string name) in (ReadOnlySpan<(string, string)>)[("万亿", "万亿"), ("萬億", "万亿"), ("亿", "亿"), ("億", "亿"), ("万", "万"), ("萬", "万")])
        {
            if (rest.EndsWith(word, StringComparison.Ordinal))
            {
                rest = rest[..^word.Length];
                scale = name;
                break;
            }
        }

        return rest.Length > 0 ? scale : null;
    }

    private static int FirstNumeralCharacter(string input, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char c = input[i];
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９') || ContextVocabulary.NumeralStarts.Contains(c, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return start;
    }
}
