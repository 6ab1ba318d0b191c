using FsCheck.Xunit;

namespace Indicators.Tests.Support;

/// <summary>An FsCheck property that draws its arguments from <see cref="Arbitraries"/>.</summary>
public sealed class QuantityPropertyAttribute : PropertyAttribute
{
    /// <summary>Uses <see cref="Arbitraries"/> and 300 cases per property.</summary>
    public QuantityPropertyAttribute()
    {
        Arbitrary = [typeof(Arbitraries)];
        MaxTest = 300;
    }
}
