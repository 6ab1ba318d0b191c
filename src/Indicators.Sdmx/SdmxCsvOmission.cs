namespace Indicators.Sdmx;

/// <summary>Something a dataset holds that its SDMX-CSV rows do not carry (SDMX-CSV carries observations only); the JSON
/// dataset format carries it.</summary>
/// <param name="What">What is left out, in English ("targets", "completion rates").</param>
/// <param name="Count">How many of them (1 for the title, the source, the regions' date).</param>
public sealed record SdmxCsvOmission(string What, int Count)
{
    /// <summary>For example "6 targets".</summary>
    /// <returns>The count and what.</returns>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + What;
}
