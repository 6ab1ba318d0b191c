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

    /// <summary>What the dataset holds that the rows do not carry: the catalog entries of its own indicators, regions that
    /// are not built-in divisions, rate targets with no finite decimal, ranges from 1 January (read back as years to date)
    /// and empty source notes (read back as none). None for a dataset of built-in indicators and divisions such as the
    /// reference dataset.</summary>
    public IReadOnlyList<SdmxCsvOmission> Omissions { get; }
}
