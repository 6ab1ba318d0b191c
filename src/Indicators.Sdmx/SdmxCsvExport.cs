using System.Collections.Generic;

namespace Indicators.Sdmx;

/// <summary>What <see cref="SdmxCsv.Write"/> wrote: how many observations, and what of the dataset the rows do not carry.</summary>
public sealed class SdmxCsvExport
{
    internal SdmxCsvExport(int observations, IReadOnlyList<SdmxCsvOmission> omissions)
    {
        Observations = observations;
        Omissions = omissions;
    }

    /// <summary>The number of observations written, one row each.</summary>
    public int Observations { get; }

    /// <summary>What the dataset holds that the rows do not carry (none for a dataset of observations of built-in indicators
    /// for built-in divisions, with no title, source, targets, completion rates or derived figures).</summary>
    public IReadOnlyList<SdmxCsvOmission> Omissions { get; }
}
