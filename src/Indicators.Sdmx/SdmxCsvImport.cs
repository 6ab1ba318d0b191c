using System.Collections.Generic;
using Indicators.Aggregation;

namespace Indicators.Sdmx;

/// <summary>
/// What <see cref="SdmxCsv.Read(System.IO.TextReader, Catalog.IndicatorCatalog, Regions.RegionHierarchy)"/> read: the
/// dataset, and every row or column of the message that is not an observation of it, so that nothing is dropped unsaid.
/// </summary>
public sealed class SdmxCsvImport
{
    internal SdmxCsvImport(Dataset dataset, IReadOnlyList<SdmxMissingValue> missingValues, IReadOnlyList<SdmxDeletion> deletions, int replaced, IReadOnlyList<string> unknownColumns)
    {
        Dataset = dataset;
        MissingValues = missingValues;
        Deletions = deletions;
        Replaced = replaced;
        UnknownColumns = unknownColumns;
    }

    /// <summary>The dataset of the observations the message gives.</summary>
    public Dataset Dataset { get; }

    /// <summary>The rows with no value (an empty OBS_VALUE: not provided) or an intentionally missing one (<c>NaN</c>,
    /// <c>#N/A</c>): a dataset holds figures, so these are not observations of it; they are listed here in the message's order.</summary>
    public IReadOnlyList<SdmxMissingValue> MissingValues { get; }

    /// <summary>The rows of action D (delete), in the message's order, each saying whether it removed an observation an
    /// earlier row of the message had given.</summary>
    public IReadOnlyList<SdmxDeletion> Deletions { get; }

    /// <summary>How many rows of action A, M or R replaced the observation an earlier row had given for the same key.</summary>
    public int Replaced { get; }

    /// <summary>The headers of the columns that are neither SDMX-CSV's own (STRUCTURE, STRUCTURE_ID, STRUCTURE_NAME, ACTION,
    /// SERIES_KEY, OBS_KEY) nor a component a dataset has (docs/sdmx.md): their values are not imported.</summary>
    public IReadOnlyList<string> UnknownColumns { get; }
}
