using System.Globalization;

namespace Indicators.Cli.Output;

/// <content>The English labels.</content>
internal sealed partial class Labels
{
    /// <summary>English labels.</summary>
    internal static readonly Labels English = new()
    {
        FigureProvider = CultureInfo.GetCultureInfo("en-US"),
        Title = "{0}: completion rates reproduced",
        DerivedHeading = "Derived from the published figures (not printed in the report)",
        TargetsHeading = "Other figures against their targets",
        DerivedBounds = "the inputs are rounded, so the true value lies in {0}",
        Indicator = "Indicator",
        Actual = "Actual",
        Target = "Target",
        Computed = "Computed",
        Rounded = "Rounded",
        Published = "Published",
        Agrees = "Agrees",
        Yes = "yes",
        No = "no",
        Method =
        [
            "Computed = actual as published ÷ target, exactly; Rounded = that, rounded half away from zero to the published decimals.",
            "Agrees: of the whole numbers the published actual stands for, at least one over the target lies in the interval the published rate stands for.",
            "Implied target: every target consistent with both the published actual and the published rate. Schedule: months of the year passed at the as-of date ÷ 12.",
        ],
        FigureHeading = "{0} (as of {1})",
        ImpliedTarget = "Implied target: {0} {1}",
        PrintedActual = "Published actual: {0} is rounded and stands for any whole number in {1}",
        ConsistentActuals = "Consistent actuals: with the target {0}, {1} over the target round to {2}",
        NoConsistentActuals = "Consistent actuals: with the target {0}, no whole number over the target rounds to {2}",
        Rounding = "Rounding: {0}",
        RoundingHalfAwayFromZeroOnly = "only half away from zero (四舍五入) gives the published rate, half to even does not",
        RoundingHalfEvenOnly = "only half to even gives the published rate, half away from zero does not",
        RoundingBoth = "both half away from zero and half to even give the published rate",
        RoundingNeither = "neither half away from zero nor half to even gives the published rate",
        Schedule = "Schedule: {0} ({2} of {3} months of {1} passed); {4}",
        AheadBy = "ahead of schedule by {0} percentage points",
        BehindBy = "behind schedule by {0} percentage points",
        ExplainHeading = "How it is computed:",
        PrintedValueNote = "(of the published value {0}, which is rounded and stands for the interval {1})",
        Summary = "{1} of {0} published rates agree; {2} of {0} figures are ahead of schedule.",
        IsEnglish = true,
    };
}
