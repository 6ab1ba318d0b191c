using System.Collections.Generic;

namespace Indicators.Cli.Reference;

/// <summary>
/// A figure the report does not print but that follows from the ones it does (a derivation the dataset declares), or a
/// rate set against its target.
/// </summary>
/// <param name="Id">A stable identifier.</param>
/// <param name="Label">What the figure is.</param>
/// <param name="Operation">How it is derived: a <see cref="Aggregation.DerivationKind"/> name; or <c>target</c> for an actual
/// set against its target, <c>impliedTarget</c> for one with only a printed completion rate.</param>
/// <param name="Figures">The published figures it is derived from, as printed.</param>
/// <param name="Note">What the report says that cannot be computed, if anything.</param>
internal sealed record DerivedRecord(string Id, LocalizedText Label, string Operation, IReadOnlyList<string> Figures, LocalizedText? Note = null);
