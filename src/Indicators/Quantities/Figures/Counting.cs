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
    internal static long Subtract(long left, long right, string typeName, string unit)
    {
        long difference = left - right;
        if (difference < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(right),
                string.Create(CultureInfo.InvariantCulture, $"Cannot subtract {right}{unit} from {left}{unit}: a {typeName} cannot be negative. Use ChangeFrom for a signed change."));
        }

        return difference;
    }

    /// <summary>The whole number of units in <paramref name="wan"/> 万 units.</summary>
    internal static long FromWan(decimal wan, string paramName, string unit)
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
                paramName, wan, string.Create(CultureInfo.InvariantCulture, $"A count cannot be negative; got {wan}万{unit}."));
        }

        return problem == ScaleProblem.None ? units : throw OutOfRange(wan, unit);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowAddOverflow(long left, long right, string typeName) =>
        Preconditions.ThrowOverflow(string.Create(CultureInfo.InvariantCulture, $"{typeName} addition overflowed: {left} + {right} is more than {long.MaxValue}."));

    private static OverflowException OutOfRange(decimal wan, string unit) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{wan}万{unit} is outside the range of a count (0 to {long.MaxValue})."));
}
