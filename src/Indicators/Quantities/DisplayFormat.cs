using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Indicators.Utility;

namespace Indicators.Quantities;

/// <summary>
/// How a quantity is printed: the display scale (1, 万, 亿, 万亿), the number of decimals of that scale and
/// the rounding mode. <c>default</c> is <see cref="Exact"/>.
/// </summary>
/// <remarks>
/// <para>The standard format strings accepted by every quantity's <c>ToString(string, IFormatProvider)</c> map onto
/// this type: <c>"G"</c> (or <c>null</c>, or empty) is <see cref="Exact"/>; <c>"F"</c>, <c>"W"</c>, <c>"Y"</c> and <c>"WY"</c> are the scales 1,
/// 万, 亿 and 万亿 with every digit the value needs; <c>"F2"</c>, <c>"W2"</c>, <c>"Y2"</c>, <c>"WY2"</c> round to two decimals of that scale
/// half away from zero (四舍五入). For another rounding mode, pass a <see cref="DisplayFormat"/> built with
/// <see cref="DisplayFormat(Scale, int, RoundingMode)"/>.</para>
/// <para>Exact formats never round: a value that needs more digits gets them.</para>
/// <para>Text written with any format reads back through the type's <c>Parse</c>, however many digits it has: to the
/// same value for an exact format, to the value rounded as the format says otherwise. The one exception is a rounded
/// value outside the type, which <c>Parse</c> rejects: <c>Money.MaxValue</c> in <c>"Y0"</c> rounds up past
/// <c>Money.MaxValue</c>, and many decimals of a huge ratio or rate need terms beyond 128 bits.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.DisplayFormatJsonConverter))]
public readonly record struct DisplayFormat
{
    /// <summary>
    /// The largest number of decimals a display format may ask for, 38: as many digits as a 128-bit
    /// <see cref="Ratio"/> term holds. Text is written from the value's integers, so it is not bound by
    /// <see cref="decimal"/>'s 28 (<see cref="Rounding.MaxDecimals"/>, the limit for <see cref="decimal"/> results).
    /// </summary>
    public const int MaxDecimals = 38;

    private readonly int decimals; // -1 is "exact"; stored +1 so that default means exact

    /// <summary>Creates an exact format in the given scale: every digit the value needs, nothing rounded.</summary>
    /// <param name="scale">The display scale.</param>
    public DisplayFormat(Scale scale)
    {
        Scale = CheckScale(scale);
        decimals = 0;
        Rounding = RoundingMode.HalfAwayFromZero;
    }

    /// <summary>Creates a format that rounds to <paramref name="decimals"/> decimals of <paramref name="scale"/>.</summary>
    /// <param name="scale">The display scale.</param>
    /// <param name="decimals">Decimals of the scale to print, 0 to <see cref="MaxDecimals"/>.</param>
    /// <param name="rounding">How to round; Chinese reports use <see cref="RoundingMode.HalfAwayFromZero"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public DisplayFormat(Scale scale, int decimals, RoundingMode rounding = RoundingMode.HalfAwayFromZero)
    {
        Preconditions.CheckRange(decimals, 0, MaxDecimals, nameof(decimals));
        Preconditions.CheckDefined(rounding, nameof(rounding));

        Scale = CheckScale(scale);
        this.decimals = decimals + 1;
        Rounding = rounding;
    }

    /// <summary>The exact format in base units (format string <c>"G"</c>): every digit the value needs.</summary>
    public static DisplayFormat Exact => default;

    /// <summary>The display scale.</summary>
    public Scale Scale { get; }

    /// <summary>The number of decimals of <see cref="Scale"/> printed, or <c>null</c> for an exact format.</summary>
    public int? Decimals => decimals == 0 ? null : decimals - 1;

    /// <summary>How a value with more digits than <see cref="Decimals"/> is rounded (unused by exact formats).</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Reads a standard format string: <c>G</c>, or <c>F</c>, <c>W</c>, <c>Y</c>, <c>WY</c> (万亿) optionally followed
    /// by a number of decimals (<c>"W2"</c>, <c>"WY1"</c>). Empty means <c>G</c>.</summary>
    /// <param name="format">The format string.</param>
    /// <returns>The display format it names, rounding half away from zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of those forms.</exception>
    public static DisplayFormat Parse(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format.SequenceEqual("G") || format.SequenceEqual("g"))
        {
            return Exact;
        }

        bool wanYi = format.Length > 1 && format[0] is 'W' or 'w' && format[1] is 'Y' or 'y';
        Scale scale = wanYi ? Scale.WanYi : format[0] switch
        {
            'F' or 'f' => Scale.One,
            'W' or 'w' => Scale.Wan,
            'Y' or 'y' => Scale.Yi,
            _ => throw BadFormat(format),
        };
        ReadOnlySpan<char> digits = format[(wanYi ? 2 : 1)..];
        if (digits.IsEmpty)
        {
            return new DisplayFormat(scale);
        }

        if (digits.Length > 2
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int places)
            || places > MaxDecimals)
        {
            throw BadFormat(format);
        }

        return new DisplayFormat(scale, places);
    }

    /// <summary>The standard format string of this format, or a description when it rounds other than half away from zero.</summary>
    /// <returns>For example <c>"W2"</c>, or <c>"W2 (HalfEven)"</c>.</returns>
    public override string ToString()
    {
        if (decimals == 0 && Scale == Scale.One)
        {
            return "G";
        }

        string letter = Scale switch
        {
            Scale.One => "F",
            Scale.Wan => "W",
            Scale.Yi => "Y",
            Scale.WanYi => "WY",
            _ => throw new InvalidOperationException("Not a defined Scale."),
        };
        string text = Decimals is int places
            ? string.Create(CultureInfo.InvariantCulture, $"{letter}{places}")
            : letter;
        return Decimals is null || Rounding == RoundingMode.HalfAwayFromZero ? text : $"{text} ({Rounding})";
    }

    private static Scale CheckScale(Scale scale) =>
        scale is Scale.One or Scale.Wan or Scale.Yi or Scale.WanYi
            ? scale
            : throw new ArgumentOutOfRangeException(nameof(scale), scale, "Not a defined Scale.");

    private static FormatException BadFormat(ReadOnlySpan<char> format) =>
        new($"The format string \"{format}\" is not supported: expected G, or F, W, Y or WY followed by 0 to {MaxDecimals} decimals (for example \"W2\").");
}
