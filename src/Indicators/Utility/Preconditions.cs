using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Indicators.Utility;

/// <summary>
/// The one place argument checks are made, so that every message has the same shape:
/// the parameter, the value received and what was expected.
/// </summary>
internal static class Preconditions
{
    internal static void CheckNonNegative(long value, string paramName, string what)
    {
        if (value < 0)
        {
            ThrowNegative(value, paramName, what);
        }
    }

    internal static void CheckPositive(long value, string paramName, string what)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{what} must be greater than zero; got {value}."));
        }
    }

    /// <summary>Checks that <paramref name="value"/> lies in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="value">The value received.</param>
    /// <param name="min">The least allowed.</param>
    /// <param name="max">The greatest allowed.</param>
    /// <param name="paramName">The parameter, named by the caller with <c>nameof</c>.</param>
    internal static void CheckRange(int value, int min, int max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must lie in [{min}, {max}]; got {value}."));
        }
    }

    /// <summary>Checks that <paramref name="value"/> is a defined member of its enum.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value received.</param>
    /// <param name="paramName">The parameter, named by the caller with <c>nameof</c>.</param>
    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowUndefined(value, paramName);
        }
    }

    /// <summary>Throws for a value that is not a defined member of its enum.</summary>
    [DoesNotReturn]
    internal static void ThrowUndefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum =>
        throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(TEnum).Name}.");

    [DoesNotReturn]
    internal static void ThrowNegative(long value, string paramName, string what) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Create(CultureInfo.InvariantCulture, $"{what} cannot be negative; got {value}."));

    [DoesNotReturn]
    internal static void ThrowOverflow(string message) => throw new OverflowException(message);
}
