namespace Indicators.Utility;

/// <summary>What <see cref="CheckedSum.TrySumTagged"/> found.</summary>
internal enum TaggedSumOutcome
{
    /// <summary>Every tag was 0 or the first pair's, and the exact total fits a <see cref="long"/>.</summary>
    Exact,

    /// <summary>Every tag was 0 or the first pair's, and the exact total is outside the range of <see cref="long"/>.</summary>
    Overflow,

    /// <summary>Some pair's tag was neither 0 nor the first pair's; the values were not (all) added.</summary>
    OtherTag,
}
