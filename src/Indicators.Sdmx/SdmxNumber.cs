using System;
using System.Globalization;
using Indicators.Quantities;

namespace Indicators.Sdmx;

/// <summary>OBS_VALUE text: the printed digits with their decimals, and how a number read with a UNIT_MULT becomes a printing
/// a dataset holds (scale 1, 万, 亿 or 万亿 with the same last printed digit).</summary>
internal static class SdmxNumber
{
    /// <summary>"14.64" for 14.64万, "-3000", "0.50".</summary>
    internal static int Format(PrintedNumber printed, Span<char> destination)
    {
        Int128 digits = printed.Digits;
        bool negative = digits < 0;
        UInt128 magnitude = negative ? (UInt128)(-digits) : (UInt128)digits;
        Span<char> raw = stackalloc char[48];
        magnitude.TryFormat(raw, out int length, default, CultureInfo.InvariantCulture);
        int decimals = printed.Decimals;
        int at = 0;
        if (negative)
        {
            destination[at++] = '-';
        }

        if (decimals == 0)
        {
            raw[..length].CopyTo(destination[at..]);
            return at + length;
        }

        int whole = length - decimals;
        if (whole <= 0)
        {
            destination[at++] = '0';
            destination[at++] = '.';
            destination.Slice(at, -whole).Fill('0');
            at += -whole;
            raw[..length].CopyTo(destination[at..]);
            return at + length;
        }

        raw[..whole].CopyTo(destination[at..]);
        at += whole;
        destination[at++] = '.';
        raw[whole..length].CopyTo(destination[at..]);
        return at + decimals;
    }

    /// <summary>Reads "14.64", "-3000", "12,4" (with a decimal comma where allowed); never throws.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, bool decimalComma, out Int128 digits, out int decimals)
    {
        digits = 0;
        decimals = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        int count = 0;
        bool point = false;
        UInt128 value = 0;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count >= 38)
                {
                    return false;
                }

                value = (value * 10) + (uint)(c - '0');
                count++;
                if (point)
                {
                    decimals++;
                }
            }
            else if ((c == '.' || (decimalComma && c == ',')) && !point && count > 0)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        if (count == 0 || (point && decimals == 0) || value > (UInt128)Int128.MaxValue)
        {
            return false;
        }

        digits = negative ? -(Int128)value : (Int128)value;
        return true;
    }

    /// <summary>
    /// The scale and decimals of a dataset printing whose last digit is worth what the file's last digit is worth
    /// (10^(unitMultiplier − decimals)): UNIT_MULT 0, 4, 8, 12 map to 1, 万, 亿, 万亿 as they are; another multiplier to the
    /// smallest of them at or above that worth ("12.4" with UNIT_MULT 6 is 0.124亿, "1.5" with 13 is 15万亿).
    /// </summary>
    /// <returns>False when the last digit is worth more than 10¹² (a dataset prints nothing coarser than whole 万亿).</returns>
    internal static bool TryPrinting(int unitMultiplier, int decimals, out Scale scale, out int scaleDecimals)
    {
        if (unitMultiplier is 0 or 4 or 8 or 12)
        {
            scale = (Scale)unitMultiplier;
            scaleDecimals = decimals;
            return true;
        }

        int worth = unitMultiplier - decimals;
        scale = worth <= 0 ? Scale.One : worth <= 4 ? Scale.Wan : worth <= 8 ? Scale.Yi : Scale.WanYi;
        scaleDecimals = (int)scale - worth;
        return worth <= 12;
    }

    /// <summary>
    /// A ratio as an exact decimal in hundredths (a percent or percentage points: 0.035 → 3.5), with as few decimals as
    /// it needs, or false when it has no finite decimal (1/3) or needs more than 36 decimals or 38 digits (what
    /// <see cref="TryParse"/> reads back).
    /// </summary>
    internal static bool TryHundredths(Ratio ratio, out Int128 digits, out int decimals)
    {
        digits = 0;
        decimals = 0;
        Int128 denominator = ratio.Denominator;
        int twos = 0;
        int fives = 0;
        Int128 rest = denominator;
        while (rest % 2 == 0)
        {
            rest /= 2;
            twos++;
        }

        while (rest % 5 == 0)
        {
            rest /= 5;
            fives++;
        }

        if (rest != 1)
        {
            return false;
        }

        int places = Math.Max(0, Math.Max(twos, fives) - 2);
        if (places > 36)
        {
            return false;
        }

        try
        {
            Int128 scale = 1;
            for (int k = 0; k < places + 2; k++)
            {
                scale = checked(scale * 10);
            }

            digits = checked(ratio.Numerator * (scale / denominator));
        }
        catch (OverflowException)
        {
            return false;
        }

        // What TryParse reads back: at most 38 digits.
        UInt128 magnitude = digits < 0 ? (UInt128)(-digits) : (UInt128)digits;
        if (magnitude >= UInt128.Parse("100000000000000000000000000000000000000", CultureInfo.InvariantCulture))
        {
            return false;
        }

        decimals = places;
        return true;
    }

    /// <summary>Digits and decimals without the zeros a decimal needs not end in (100000.00 → 100000).</summary>
    internal static (Int128 Digits, int Decimals) Trimmed(Int128 digits, int decimals)
    {
        while (decimals > 0 && digits % 10 == 0)
        {
            digits /= 10;
            decimals--;
        }

        return (digits, decimals);
    }
}
