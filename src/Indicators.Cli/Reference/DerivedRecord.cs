using System.Collections.Generic;

namespace Indicators.Cli.Reference;

/// <summary>
/// A figure the report does not print but that follows from the ones it does (an entry of the <c>derived</c> list of
/// <c>Data/reference-report.json</c>).
/// </summary>
/// <param name="Id">A stable identifier.</param>
/// <param name="Label">What the figure is.</param>
/// <param name="Operation">How it is derived: <c>sum</c>, <c>perEnterprise</c>, <c>perPerson</c>, <c>share</c>, <c>product</c>
/// or <c>unemploymentRate</c>.</param>
/// <param name="Figures">The published figures it is derived from, as printed.</param>
/// <param name="Note">What the report says that cannot be computed, if anything.</param>
internal sealed record DerivedRecord(string Id, LocalizedText Label, string Operation, IReadOnlyList<string> Figures, LocalizedText? Note = null);
