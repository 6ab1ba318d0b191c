using System;
using System.Collections.Generic;

namespace Indicators.Cli.Output;

/// <summary>
/// The words of the text output in one language (<see cref="ZhHans"/>, <see cref="English"/>). Composite formats take
/// their arguments as numbered.
/// </summary>
internal sealed partial class Labels
{
    private Labels()
    {
    }

    /// <summary>Heading of the derived figures.</summary>
    internal required string DerivedHeading { get; init; }

    /// <summary>Heading of the other actuals with targets.</summary>
    internal required string TargetsHeading { get; init; }

    /// <summary>Bounds of a derived figure: {0} the interval.</summary>
    internal required string DerivedBounds { get; init; }

    /// <summary>Formats figures (persons, enterprises, 万) in this language.</summary>
    internal required IFormatProvider FigureProvider { get; init; }

    /// <summary>Title: {0} the dataset's title.</summary>
    internal required string Title { get; init; }

    /// <summary>Column header.</summary>
    internal required string Indicator { get; init; }

    /// <summary>Column header.</summary>
    internal required string Actual { get; init; }

    /// <summary>Column header.</summary>
    internal required string Target { get; init; }

    /// <summary>Column header.</summary>
    internal required string Computed { get; init; }

    /// <summary>Column header.</summary>
    internal required string Rounded { get; init; }

    /// <summary>Column header.</summary>
    internal required string Published { get; init; }

    /// <summary>Column header.</summary>
    internal required string Agrees { get; init; }

    /// <summary>The rate agrees.</summary>
    internal required string Yes { get; init; }

    /// <summary>The rate disagrees.</summary>
    internal required string No { get; init; }

    /// <summary>How the columns and the details are computed, one paragraph each.</summary>
    internal required IReadOnlyList<string> Method { get; init; }

    /// <summary>Heading of a figure's details: {0} the indicator, {1} the as-of date.</summary>
    internal required string FigureHeading { get; init; }

    /// <summary>{0} the implied-target interval in printed units, {1} the unit.</summary>
    internal required string ImpliedTarget { get; init; }

    /// <summary>On a rounded actual: {0} as printed, {1} the whole numbers it stands for.</summary>
    internal required string PrintedActual { get; init; }

    /// <summary>{0} the target, {1} the whole actuals it implies, {2} the published rate.</summary>
    internal required string ConsistentActuals { get; init; }

    /// <summary>Like <see cref="ConsistentActuals"/> when the target implies no whole actual.</summary>
    internal required string NoConsistentActuals { get; init; }

    /// <summary>{0} which rounding rules give the published rate from an exact actual.</summary>
    internal required string Rounding { get; init; }

    /// <summary>Only half away from zero (四舍五入) gives the published rate.</summary>
    internal required string RoundingHalfAwayFromZeroOnly { get; init; }

    /// <summary>Only half to even gives the published rate.</summary>
    internal required string RoundingHalfEvenOnly { get; init; }

    /// <summary>Both rules give the published rate.</summary>
    internal required string RoundingBoth { get; init; }

    /// <summary>Neither rule gives the published rate.</summary>
    internal required string RoundingNeither { get; init; }

    /// <summary>{0} the schedule progress, {1} the year, {2} months passed, {3} months in the year, {4} ahead or behind.</summary>
    internal required string Schedule { get; init; }

    /// <summary>{0} the gap in percentage points, completion ahead of schedule.</summary>
    internal required string AheadBy { get; init; }

    /// <summary>{0} the gap in percentage points, completion behind schedule.</summary>
    internal required string BehindBy { get; init; }

    /// <summary>Heading of the library's traces under a figure.</summary>
    internal required string ExplainHeading { get; init; }

    /// <summary>After the completion trace of a rounded actual: {0} as printed, {1} the interval it stands for.</summary>
    internal required string PrintedValueNote { get; init; }

    /// <summary>Summary: {0} figures, {1} of them agree, {2} of them ahead of schedule.</summary>
    internal required string Summary { get; init; }

    /// <summary>Whether these are the English labels (units are named in English, else in simplified Chinese).</summary>
    internal required bool IsEnglish { get; init; }

    /// <summary>The labels for <paramref name="language"/>.</summary>
    internal static Labels For(OutputLanguage language) => language == OutputLanguage.English ? English : ZhHans;
}
