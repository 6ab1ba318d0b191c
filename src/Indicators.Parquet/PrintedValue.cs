using System;
using Indicators.Quantities;

namespace Indicators.Parquet;

/// <summary>A printed number as the <c>value</c> column holds it: the digits over a power of ten, exactly.</summary>
internal static class PrintedValue
{
    /// <summary>10⁰ … 10²⁰.</summary>
    private static readonly Int128[] Powers = CreatePowers();

    /// <summary>The number printed (14.64 for "14.64万人", 1.38 for "1.38%"), without its multiplier; null when it needs more
    /// than <see cref="ObservationSchema.ValueScale"/> decimals once its trailing zeros are dropped, or 20 digits or more
    /// before the point (DECIMAL(38, 18) holds 20).</summary>
    internal static decimal? Of(PrintedNumber printed)
    {
        Int128 digits = printed.Digits;
        int decimals = printed.Decimals;
        while (decimals > 0 && digits % 10 == 0)
        {
            digits /= 10;
            decimals--;
        }

        if (decimals > ObservationSchema.ValueScale)
        {
            return null;
        }

        // Below 10²⁰ before the point and at most 18 decimals: |digits| < 10³⁸, which may still exceed a decimal's 96 bits.
        UInt128 magnitude = (UInt128)Int128.Abs(digits);
        if (magnitude / (UInt128)Powers[decimals] >= (UInt128)Powers[20] || magnitude >> 96 != 0)
        {
            return null;
        }

        // The low, middle and high 32 bits of the 96: truncations, meant.
        unchecked
        {
            return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), Int128.IsNegative(digits), (byte)decimals);
        }
    }

    private static Int128[] CreatePowers()
    {
        var powers = new Int128[21];
        powers[0] = 1;
        for (int k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * 10;
        }

        return powers;
    }
}
