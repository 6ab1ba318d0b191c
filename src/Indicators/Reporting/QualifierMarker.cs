namespace Indicators.Reporting;

/// <summary>Where a qualifier marker stands in a published figure.</summary>
internal enum MarkerPosition
{
    /// <summary>Before the number: 约115万家, 近200份.</summary>
    Before = 0,

    /// <summary>After the whole figure, unit included: 1100万人以上, 3.5%以内.</summary>
    After = 1,

    /// <summary>Right after the number and its scale, before the unit: 3000多人, 2万多人, 8000余名.</summary>
    AfterNumber = 2,
}

/// <summary>One qualifier marker: its text, where it stands, its class, and whether the printed number is included.</summary>
/// <param name="Text">The marker, for example "不超过".</param>
/// <param name="Position">Where it stands.</param>
/// <param name="Qualifier">Its class.</param>
/// <param name="Inclusive">Whether the printed number itself is included (不超过 200: yes; 不到 200: no).</param>
internal sealed record QualifierMarker(string Text, MarkerPosition Position, Qualifier Qualifier, bool Inclusive);
