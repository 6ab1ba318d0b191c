using System;

namespace Indicators.Audit;

/// <summary>What a <see cref="ReportAudit"/> takes as given.</summary>
/// <remarks>Instances are immutable once built and thread-safe.</remarks>
public sealed class AuditOptions
{
    private readonly int roundTargetDigits = 3;

    /// <summary>The options used when none are given: round targets have at most 3 significant digits.</summary>
    public static AuditOptions Default { get; } = new();

    /// <summary>
    /// The most significant digits a target may have, in the unit it is printed in (persons, 元, units), for a completion
    /// rate to be consistent: 20 000, 2 000, 10万 and 1.2万 have 1 or 2, and so do the targets of the reference report. A
    /// completion rate whose every achievable target has more (39 221 人 at 196.21% is achieved by 19 989 人 alone) is an
    /// inconsistency. 1 to 18; default 3.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–18.</exception>
    public int RoundTargetDigits
    {
        get => roundTargetDigits;
        init => roundTargetDigits = value is >= 1 and <= 18
            ? value
            : throw new ArgumentOutOfRangeException(nameof(RoundTargetDigits), value, "A round target has 1 to 18 significant digits.");
    }
}
