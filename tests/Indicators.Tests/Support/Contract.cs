using System;
using System.Numerics;
using Xunit;

namespace Indicators.Tests.Support;

/// <summary>
/// Checks in one call that a value type's equality, hash code, comparison and operators agree with each other
/// (after NodaTime's TestHelper).
/// </summary>
public static class Contract
{
    /// <summary>Checks equality and hash code: <paramref name="value"/> equals <paramref name="equal"/> and not <paramref name="other"/>.</summary>
    public static void AssertEquality<T>(T value, T equal, T other)
        where T : struct, IEquatable<T>, IEqualityOperators<T, T, bool>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.True(value == equal);
        Assert.False(value != equal);
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());

        Assert.False(value.Equals(other));
        Assert.False(value.Equals((object)other));
        Assert.False(value == other);
        Assert.True(value != other);

        Assert.False(value.Equals(null));
        Assert.False(value.Equals(new object()));
    }

    /// <summary>
    /// Checks equality, hash code, <see cref="IComparable{T}"/>, non-generic <see cref="IComparable"/> and the comparison
    /// operators for <paramref name="smaller"/> &lt; <paramref name="larger"/>, where <paramref name="equal"/> equals
    /// <paramref name="smaller"/>.
    /// </summary>
    public static void AssertOrdering<T>(T smaller, T equal, T larger)
        where T : struct, IComparable<T>, IComparable, IEquatable<T>, IComparisonOperators<T, T, bool>
    {
        AssertEquality(smaller, equal, larger);
        Assert.True(smaller.CompareTo(larger) < 0);
        Assert.True(larger.CompareTo(smaller) > 0);
        Assert.Equal(0, smaller.CompareTo(equal));
        Assert.True(((IComparable)smaller).CompareTo(larger) < 0);
        Assert.Equal(0, ((IComparable)smaller).CompareTo(equal));
        Assert.True(((IComparable)smaller).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)smaller).CompareTo(new object()));

        Assert.True(smaller < larger);
        Assert.False(larger < smaller);
        Assert.False(smaller < equal);
        Assert.True(larger > smaller);
        Assert.False(smaller > larger);
        Assert.False(smaller > equal);
        Assert.True(smaller <= larger);
        Assert.True(smaller <= equal);
        Assert.False(larger <= smaller);
        Assert.True(larger >= smaller);
        Assert.True(smaller >= equal);
        Assert.False(smaller >= larger);
    }
}
