using System;

namespace Indicators.Cli.Reference;

/// <summary>The whole numbers of base units from <see cref="Min"/> to <see cref="Max"/>, both included.</summary>
/// <param name="Min">The smallest.</param>
/// <param name="Max">The largest; not below <paramref name="Min"/>.</param>
internal readonly record struct ActualRange(long Min, long Max)
{
    /// <summary>Whether the range holds a single value.</summary>
    internal bool IsSingle => Min == Max;

    /// <summary>
    /// The whole numbers a figure printed as <paramref name="printed"/> base units, to a last digit worth
    /// <paramref name="step"/> base units, stands for when rounded half up (四舍五入):
    /// 146 400 to a step of 100 (14.64万) is 146 350–146 449; a step of 1 is the value itself.
    /// </summary>
    internal static ActualRange Printed(long printed, long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(printed);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        if (step == 1)
        {
            return new ActualRange(printed, printed);
        }

        long half = step / 2;
        return new ActualRange(Math.Max(0, printed - half), printed + half - 1);
    }
}
