namespace Indicators.Cli.Reference;

/// <summary>A derived figure, computed.</summary>
/// <param name="Record">What was derived, from which figures.</param>
/// <param name="Result">The result as it would be printed.</param>
/// <param name="Bounds">The interval the true result lies in, given that the inputs were printed rounded; null when exact.</param>
/// <param name="Explain">How it is computed.</param>
internal sealed record DerivedCheck(DerivedRecord Record, LocalizedText Result, LocalizedText? Bounds, LocalizedText Explain);
