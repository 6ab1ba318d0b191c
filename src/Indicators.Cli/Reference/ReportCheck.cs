using System.Collections.Generic;
using System.Linq;

namespace Indicators.Cli.Reference;

/// <summary>Every completion rate of a report, recomputed.</summary>
/// <param name="Report">Which report.</param>
/// <param name="Figures">One check per figure, in the report's order.</param>
/// <param name="Derived">The figures that follow from the published ones, computed.</param>
internal sealed record ReportCheck(ReportInfo Report, IReadOnlyList<FigureCheck> Figures, IReadOnlyList<DerivedCheck> Derived)
{
    /// <summary>Whether every published rate agrees.</summary>
    internal bool AllAgree => Figures.All(figure => figure.Agrees);

    /// <summary>How many figures are ahead of schedule at their as-of dates.</summary>
    internal int AheadOfSchedule => Figures.Count(figure => figure.Schedule.IsAheadOfSchedule);
}
