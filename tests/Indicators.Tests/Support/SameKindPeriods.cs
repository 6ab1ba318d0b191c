using Indicators.Periods;

namespace Indicators.Tests.Support;

/// <summary>Three generated reporting periods of the same kind, so that ties happen (see <see cref="Arbitraries.SameKindPeriods"/>).</summary>
public readonly record struct SameKindPeriods(ReportingPeriod A, ReportingPeriod B, ReportingPeriod C);
