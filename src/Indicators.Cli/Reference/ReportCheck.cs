using System.Collections.Generic;
using System.Linq;

namespace Indicators.Cli.Reference;

/// <summary>Every completion rate of a report, recomputed.</summary>
/// <param name="Report">Which report.</param>
/// <param name="Figures">One check per figure, in the report's order.</param>
/// <param name="Derived">The figures that follow from the published ones, computed.</param>
/// <param name="Targets">Every other actual with a target (a ceiling, a level, a rate against its ceiling) or with only a
/// printed completion rate, with its outcome.</param>
internal sealed record ReportCheck(ReportInfo Report, IReadOnlyList<FigureCheck> Figures, IReadOnlyList<DerivedCheck> Derived, IReadOnlyList<DerivedCheck> Targets)
{
    /// <summary>Whether every published rate agrees.</summary>
    internal bool AllAgree => Figures.All(figure => figure.Agrees);

    /// <summary>How many figures are ahead of schedule at their as-of dates.</summary>
    internal int AheadOfSchedule => Figures.Count(figure => figure.Schedule.IsAheadOfSchedule);
}
