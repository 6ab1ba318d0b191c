using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using Indicators.Utility;

namespace Indicators.Quantities.Figures;

/// <summary>The checked arithmetic shared by the counted quantities (persons, units), which are never negative.</summary>
internal static class Counting
{
    /// <summary>Adds two non-negative counts; throws when the sum passes <see cref="long.MaxValue"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Add(long left, long right, string typeName)
    {
        long sum = unchecked(left + right);
        if (sum < 0)
        {
            ThrowAddOverflow(left, right, typeName);
        }

        return sum;
    }

    /// <summary>Subtracts one count from another; a negative result is an error, not a count.</summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract.</param>
    /// <param name="typeName">The type, as messages name it ("Headcount", "Count&lt;Events&gt; (场)").</param>
    /// <param name="unit">The unit as printed (人, 场).</param>
    /// <param name="advice">What to do instead, as a sentence, or empty.</param>
    internal static long Subtract(long left, long right, string typeName, string unit, string advice)
    {
        long difference = left - right;
        if (difference < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(right),
                string.Create(CultureInfo.InvariantCulture, $"Cannot subtract {right}{unit} from {left}{unit}: a {typeName} cannot be negative.{(advice.Length == 0 ? string.Empty : " ")}{advice}"));
        }

        return difference;
    }

    /// <summary>The whole number of units in <paramref name="wan"/> 万 units.</summary>
    /// <param name="wan">The number in 万.</param>
    /// <param name="paramName">The caller's parameter.</param>
    /// <param name="unit">The unit as printed (人, 家).</param>
    /// <param name="what">What is made, for messages ("A headcount", "A Count&lt;Enterprises&gt; (家)").</param>
    internal static long FromWan(decimal wan, string paramName, string unit, string what)
    {
        ScaleProblem problem = ScaledDecimal.TryToBaseUnits(wan, 10_000m, out long units);
        if (problem == ScaleProblem.NotWhole)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{wan}万{unit} is not a whole number of {unit}."),
                paramName);
        }

        if (problem == ScaleProblem.None && units < 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName, wan, string.Create(CultureInfo.InvariantCulture, $"{what} cannot be negative; got {wan}万{unit}."));
        }

        return problem == ScaleProblem.None ? units : throw OutOfRange(wan, unit, what);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowAddOverflow(long left, long right, string typeName) =>
        Preconditions.ThrowOverflow(string.Create(CultureInfo.InvariantCulture, $"{typeName} addition overflowed: {left} + {right} is more than {long.MaxValue}."));

    private static OverflowException OutOfRange(decimal wan, string unit, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{wan}万{unit} is outside the range of {char.ToLowerInvariant(what[0])}{what[1..]} (0 to {long.MaxValue}{unit})."));
}
