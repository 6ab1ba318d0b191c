using System;
using Xunit;

namespace Indicators.Parquet.Tests.Support;

/// <summary>A fact run only when the environment variable <see cref="Variable"/> is set to a number of observations
/// (10000000 for the benchmark's size): it takes minutes and gigabytes, so the ordinary run skips it and says why.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FullSizeFactAttribute : FactAttribute
{
    /// <summary>The environment variable that sets the size and turns the test on.</summary>
    public const string Variable = "INDICATORS_PARQUET_OBSERVATIONS";

    /// <summary>Skips the test unless <see cref="Variable"/> is set.</summary>
    public FullSizeFactAttribute()
    {
        if (Observations is null)
        {
            Skip = $"Set {Variable}=10000000 to run the full-size check.";
        }
    }

    /// <summary>The number of observations asked for, or null.</summary>
    public static int? Observations =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n > 0 ? n : null;
}
