namespace Indicators.Sdmx;

/// <summary>Something a dataset holds that its SDMX-CSV rows do not carry (the definitions of its own indicators and
/// regions, which SDMX puts in structure messages); the JSON dataset format carries it.</summary>
/// <param name="What">What is left out, in English ("indicators of the dataset's own catalog (not built in)").</param>
/// <param name="Count">How many of them.</param>
public sealed record SdmxCsvOmission(string What, int Count)
{
    /// <summary>For example "5 indicators of the dataset's own catalog (not built in)".</summary>
    /// <returns>The count and what.</returns>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + What;
}
