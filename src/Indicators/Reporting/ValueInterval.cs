using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Utility;

namespace Indicators.Reporting;

/// <summary>
/// A non-empty interval of exact values, each end closed, open, or absent (unbounded): the set of true values a published
/// figure can stand for. "14.64万人" is [146 350, 146 450); "近200份" is [0, 200).
/// </summary>
/// <remarks>
/// <para>Arithmetic follows interval arithmetic: a sum's ends are the sums of the ends, closed only where both ends are
/// closed, so derived figures carry honest bounds. Division needs a divisor that is strictly positive.</para>
/// <para><c>default</c> is the single point 0. This type is an immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.ValueIntervalJsonConverter))]
public readonly struct ValueInterval : IEquatable<ValueInterval>, IEqualityOperators<ValueInterval, ValueInterval, bool>
{
    private readonly bool lowerOpen; // stored negated so that default is the closed point [0, 0]
    private readonly bool upperOpen;
    private readonly bool lowerUnbounded;
    private readonly bool upperUnbounded;

    private ValueInterval(Ratio lower, bool lowerClosed, bool lowerBounded, Ratio upper, bool upperClosed, bool upperBounded)
    {
        if (lowerBounded && upperBounded)
        {
            int order = lower.CompareTo(upper);
            if (order > 0 || (order == 0 && !(lowerClosed && upperClosed)))
            {
                throw new ArgumentException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The interval {Write(lower, lowerClosed, lowerBounded, upper, upperClosed, upperBounded)} is empty: its lower end must lie below its upper end."));
            }
        }

        LowerValue = lowerBounded ? lower : Ratio.Zero;
        UpperValue = upperBounded ? upper : Ratio.Zero;
        lowerOpen = !(lowerClosed && lowerBounded);
        upperOpen = !(upperClosed && upperBounded);
        lowerUnbounded = !lowerBounded;
        upperUnbounded = !upperBounded;
    }

    /// <summary>The lower end, or <c>null</c> when there is none.</summary>
    public Ratio? Lower => lowerUnbounded ? null : LowerValue;

    /// <summary>The upper end, or <c>null</c> when there is none.</summary>
    public Ratio? Upper => upperUnbounded ? null : UpperValue;

    /// <summary>Whether the lower end belongs to the interval.</summary>
    public bool IsLowerClosed => !lowerOpen;

    /// <summary>Whether the upper end belongs to the interval.</summary>
    public bool IsUpperClosed => !upperOpen;

    /// <summary>Whether the interval holds a single value.</summary>
    public bool IsPoint => !lowerUnbounded && !upperUnbounded && LowerValue == UpperValue;

    private Ratio LowerValue { get; }

    private Ratio UpperValue { get; }

    /// <summary>[<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">The lower end.</param>
    /// <param name="upper">The upper end; not below <paramref name="lower"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The interval would be empty.</exception>
    public static ValueInterval Closed(Ratio lower, Ratio upper) => new(lower, true, true, upper, true, true);

    /// <summary>[<paramref name="lower"/>, <paramref name="upper"/>): how a rounded figure is read (14.64万 is [146 350, 146 450)).</summary>
    /// <param name="lower">The lower end, included.</param>
    /// <param name="upper">The upper end, excluded; above <paramref name="lower"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The interval would be empty.</exception>
    public static ValueInterval ClosedOpen(Ratio lower, Ratio upper) => new(lower, true, true, upper, false, true);

    /// <summary>(<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="lower">The lower end, excluded.</param>
    /// <param name="upper">The upper end, included; above <paramref name="lower"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The interval would be empty.</exception>
    public static ValueInterval OpenClosed(Ratio lower, Ratio upper) => new(lower, false, true, upper, true, true);

    /// <summary>(<paramref name="lower"/>, <paramref name="upper"/>).</summary>
    /// <param name="lower">The lower end, excluded.</param>
    /// <param name="upper">The upper end, excluded; above <paramref name="lower"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentException">The interval would be empty.</exception>
    public static ValueInterval Open(Ratio lower, Ratio upper) => new(lower, false, true, upper, false, true);

    /// <summary>An interval with both ends, each closed or open.</summary>
    internal static ValueInterval Of(Ratio lower, bool lowerClosed, Ratio upper, bool upperClosed) => new(lower, lowerClosed, true, upper, upperClosed, true);

    /// <summary>The single value <paramref name="value"/>: [value, value].</summary>
    /// <param name="value">The value.</param>
    /// <returns>The interval.</returns>
    public static ValueInterval Point(Ratio value) => Closed(value, value);

    /// <summary>Every value from <paramref name="lower"/> up, with no upper end.</summary>
    /// <param name="lower">The lower end.</param>
    /// <param name="inclusive">Whether <paramref name="lower"/> itself belongs (至少, 以上) or not (逾, 超过).</param>
    /// <returns>The interval.</returns>
    public static ValueInterval AtLeast(Ratio lower, bool inclusive) => new(lower, inclusive, true, Ratio.Zero, false, false);

    /// <summary>Every value up to <paramref name="upper"/>, with no lower end.</summary>
    /// <param name="upper">The upper end.</param>
    /// <param name="inclusive">Whether <paramref name="upper"/> itself belongs (不超过, 以内) or not (不到, 近).</param>
    /// <returns>The interval.</returns>
    public static ValueInterval AtMost(Ratio upper, bool inclusive) => new(Ratio.Zero, false, false, upper, inclusive, true);

    /// <summary>The sum of two intervals: every sum of a value of each.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>The interval of sums.</returns>
    public static ValueInterval operator +(ValueInterval left, ValueInterval right) => new(
        left.LowerValue + right.LowerValue,
        left.IsLowerClosed && right.IsLowerClosed,
        !left.lowerUnbounded && !right.lowerUnbounded,
        left.UpperValue + right.UpperValue,
        left.IsUpperClosed && right.IsUpperClosed,
        !left.upperUnbounded && !right.upperUnbounded);

    /// <summary>The difference of two intervals: every difference of a value of each.</summary>
    /// <param name="left">The interval to subtract from.</param>
    /// <param name="right">The interval to subtract.</param>
    /// <returns>The interval of differences.</returns>
    public static ValueInterval operator -(ValueInterval left, ValueInterval right) => left + (-right);

    /// <summary>The negated interval.</summary>
    /// <param name="value">The interval.</param>
    /// <returns>Every negated value.</returns>
    public static ValueInterval operator -(ValueInterval value) => new(
        -value.UpperValue, value.IsUpperClosed, !value.upperUnbounded, -value.LowerValue, value.IsLowerClosed, !value.lowerUnbounded);

    /// <summary>Every value of <paramref name="left"/> times <paramref name="right"/>.</summary>
    /// <param name="left">The interval.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The scaled interval.</returns>
    public static ValueInterval operator *(ValueInterval left, Ratio right) => right.Sign switch
    {
        0 => Point(Ratio.Zero),
        > 0 => new(left.LowerValue * right, left.IsLowerClosed, !left.lowerUnbounded, left.UpperValue * right, left.IsUpperClosed, !left.upperUnbounded),
        _ => -(left * -right),
    };

    /// <summary>
    /// Every quotient of a value of <paramref name="left"/> (not negative) by a value of <paramref name="right"/> (strictly
    /// positive): the actual over the rate gives the targets a figure implies.
    /// </summary>
    /// <param name="left">The dividend, with a lower end of at least zero.</param>
    /// <param name="right">The divisor, with a lower end above zero (or at zero and open).</param>
    /// <returns>The interval of quotients.</returns>
    /// <exception cref="ArgumentException"><paramref name="left"/> may be negative, or <paramref name="right"/> may be zero or negative.</exception>
    public static ValueInterval operator /(ValueInterval left, ValueInterval right)
    {
        if (left.lowerUnbounded || left.LowerValue.Sign < 0)
        {
            throw new ArgumentException($"ValueInterval division needs a dividend that is not negative; got {left}.", nameof(left));
        }

        if (right.lowerUnbounded || right.LowerValue.Sign < 0 || (right.LowerValue.Sign == 0 && right.IsLowerClosed))
        {
            throw new ArgumentException($"ValueInterval division needs a divisor that is strictly positive; got {right}.", nameof(right));
        }

        // Lower: smallest dividend over largest divisor (0 when the divisor has no upper end). A dividend of 0 gives 0
        // whatever the divisor, so a closed 0 stays closed.
        bool zeroBelow = left.LowerValue.Sign == 0;
        bool lowerClosed = left.IsLowerClosed && (zeroBelow || (!right.upperUnbounded && right.IsUpperClosed));
        Ratio lower = right.upperUnbounded ? Ratio.Zero : left.LowerValue / right.UpperValue;

        // Upper: largest dividend over smallest divisor (none when the divisor comes arbitrarily close to 0, unless the
        // dividend is 0 itself).
        bool zeroAbove = !left.upperUnbounded && left.UpperValue.Sign == 0;
        bool upperBounded = zeroAbove || (!left.upperUnbounded && right.LowerValue.Sign > 0);
        Ratio upper = zeroAbove ? Ratio.Zero : upperBounded ? left.UpperValue / right.LowerValue : Ratio.Zero;
        bool upperClosed = left.IsUpperClosed && (zeroAbove || right.IsLowerClosed);
        return new ValueInterval(lower, lowerClosed, true, upper, upperClosed, upperBounded);
    }

    /// <summary>Whether two intervals are the same set.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(ValueInterval left, ValueInterval right) => left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(ValueInterval left, ValueInterval right) => !left.Equals(right);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The containment.</returns>
    public bool Contains(Ratio value)
    {
        bool aboveLower = lowerUnbounded || (IsLowerClosed ? value >= LowerValue : value > LowerValue);
        bool belowUpper = upperUnbounded || (IsUpperClosed ? value <= UpperValue : value < UpperValue);
        return aboveLower && belowUpper;
    }

    /// <summary>Whether every value of <paramref name="other"/> lies in this interval.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The containment.</returns>
    public bool Contains(ValueInterval other)
    {
        bool lowerOk = lowerUnbounded
            || (!other.lowerUnbounded && (other.LowerValue > LowerValue || (other.LowerValue == LowerValue && (IsLowerClosed || !other.IsLowerClosed))));
        bool upperOk = upperUnbounded
            || (!other.upperUnbounded && (other.UpperValue < UpperValue || (other.UpperValue == UpperValue && (IsUpperClosed || !other.IsUpperClosed))));
        return lowerOk && upperOk;
    }

    /// <summary>The values in both intervals, if any.</summary>
    /// <param name="other">The other interval.</param>
    /// <param name="intersection">The common part, or <c>default</c>.</param>
    /// <returns>Whether the intervals meet.</returns>
    public bool TryIntersect(ValueInterval other, out ValueInterval intersection)
    {
        (Ratio lower, bool lowerClosed, bool lowerBounded) = (LowerValue, IsLowerClosed, !lowerUnbounded);
        if (!other.lowerUnbounded && (lowerUnbounded || other.LowerValue > LowerValue || (other.LowerValue == LowerValue && !other.IsLowerClosed)))
        {
            (lower, lowerClosed, lowerBounded) = (other.LowerValue, other.IsLowerClosed, true);
        }

        (Ratio upper, bool upperClosed, bool upperBounded) = (UpperValue, IsUpperClosed, !upperUnbounded);
        if (!other.upperUnbounded && (upperUnbounded || other.UpperValue < UpperValue || (other.UpperValue == UpperValue && !other.IsUpperClosed)))
        {
            (upper, upperClosed, upperBounded) = (other.UpperValue, other.IsUpperClosed, true);
        }

        if (lowerBounded && upperBounded)
        {
            int order = lower.CompareTo(upper);
            if (order > 0 || (order == 0 && !(lowerClosed && upperClosed)))
            {
                intersection = default;
                return false;
            }
        }

        intersection = new ValueInterval(lower, lowerClosed, lowerBounded, upper, upperClosed, upperBounded);
        return true;
    }

    /// <summary>
    /// The whole numbers in the interval, as the smallest and the largest (tightening a count to whole units:
    /// [146 350, 146 450) holds 146 350 to 146 449).
    /// </summary>
    /// <param name="min">The smallest whole number inside.</param>
    /// <param name="max">The largest whole number inside.</param>
    /// <returns>Whether the interval is bounded and holds at least one whole number that fits a <see cref="long"/>; when
    /// not, <paramref name="min"/> is 0 and <paramref name="max"/> is −1, an empty range.</returns>
    public bool TryGetWholeNumbers(out long min, out long max)
    {
        min = 0;
        max = -1;
        if (lowerUnbounded || upperUnbounded)
        {
            return false;
        }

        BigInteger low = Ceiling(LowerValue);
        if (!IsLowerClosed && LowerValue.IsInteger)
        {
            low += 1;
        }

        BigInteger high = Floor(UpperValue);
        if (!IsUpperClosed && UpperValue.IsInteger)
        {
            high -= 1;
        }

        if (low > high || low < long.MinValue || high > long.MaxValue)
        {
            return false;
        }

        min = (long)low;
        max = (long)high;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(ValueInterval other) =>
        lowerUnbounded == other.lowerUnbounded && upperUnbounded == other.upperUnbounded
        && lowerOpen == other.lowerOpen && upperOpen == other.upperOpen
        && LowerValue == other.LowerValue && UpperValue == other.UpperValue;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ValueInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LowerValue, UpperValue, lowerOpen, upperOpen, lowerUnbounded, upperUnbounded);

    /// <summary>The exact interval: "[146350, 146450)", "(19998.98…, 20000]" is written exactly as "(784420000/39223, 20000]".</summary>
    /// <returns>The text; "−∞" and "+∞" stand for missing ends.</returns>
    public override string ToString() => Write(LowerValue, IsLowerClosed, !lowerUnbounded, UpperValue, IsUpperClosed, !upperUnbounded);

    /// <summary>The interval with each inexact end cut toward zero at <paramref name="decimals"/> decimals and marked "…":
    /// "(19998.98…, 20000]". The "…" says digits follow, so a cut end is not itself an end of the interval.</summary>
    /// <param name="decimals">Decimals to show, 0 to <see cref="DisplayFormat.MaxDecimals"/> (38).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 38.</exception>
    public string ToString(int decimals) => ToString(decimals, string.Empty);

    /// <summary>As <see cref="ToString(int)"/>, with <paramref name="unit"/> after each end: "[196.105%, 196.115%)".</summary>
    /// <param name="decimals">Decimals to show, 0 to <see cref="DisplayFormat.MaxDecimals"/> (38).</param>
    /// <param name="unit">Written after each finite end, for example "%".</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is below 0 or above 38.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public string ToString(int decimals, string unit)
    {
        Preconditions.CheckRange(decimals, 0, DisplayFormat.MaxDecimals, nameof(decimals));
        ArgumentNullException.ThrowIfNull(unit);
        string lower = lowerUnbounded ? "−∞" : ExplainText.Short(LowerValue, decimals) + unit;
        string upper = upperUnbounded ? "+∞" : ExplainText.Short(UpperValue, decimals) + unit;
        return (IsLowerClosed ? "[" : "(") + lower + ", " + upper + (IsUpperClosed ? "]" : ")");
    }

    private static string Write(Ratio lower, bool lowerClosed, bool lowerBounded, Ratio upper, bool upperClosed, bool upperBounded) =>
        (lowerClosed && lowerBounded ? "[" : "(") + (lowerBounded ? lower.ToString() : "−∞") + ", "
        + (upperBounded ? upper.ToString() : "+∞") + (upperClosed && upperBounded ? "]" : ")");

    private static BigInteger Floor(Ratio value) => BigInteger.DivRem(value.Numerator, value.Denominator) is var (q, r) && r < 0 ? q - 1 : q;

    private static BigInteger Ceiling(Ratio value) => BigInteger.DivRem(value.Numerator, value.Denominator) is var (q, r) && r > 0 ? q + 1 : q;
}
