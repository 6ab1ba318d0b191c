using System;
using System.IO;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Regions;

namespace Indicators.Sdmx;

/// <summary>
/// SDMX-CSV version 2.0 (the CSV data message of SDMX 3.0) for <see cref="Dataset"/>s: one row an observation, the value
/// as printed with its unit multiplier (UNIT_MULT 4 = 万, 8 = 亿, 12 = 万亿), its status (OBS_STATUS A, E, F, P), its qualifier
/// and source note, and a TIME_PERIOD (2020-10, 2020-Q3, 2020-S1, 2020, 2020-01-01/P10M). docs/sdmx.md gives the mapping
/// column by column.
/// </summary>
/// <remarks>
/// <para><see cref="Write"/> then <see cref="Read(TextReader, IndicatorCatalog, RegionHierarchy)"/> gives back every
/// observation (indicator, region, period, value, precision, qualifier, status and source) and, in rows of their own,
/// the dataset's title, source and regions' date, its targets, completion rates and derived figures. What SDMX-CSV rows
/// do not carry (the catalog entries of a dataset's own indicators, regions that are not built-in divisions) is named by
/// <see cref="SdmxCsvExport.Omissions"/>.</para>
/// <para>CSV is read and written by Sep (RFC 4180: fields with the separator, a quote or a line break are quoted, quotes
/// doubled; CRLF line ends).</para>
/// </remarks>
public static partial class SdmxCsv
{
    /// <summary>The media type of what <see cref="Write"/> writes (UTF-8 text).</summary>
    public const string MediaType = "application/vnd.sdmx.data+csv; version=2.0.0";

    /// <summary>The message of a dataset as one string, comma-separated.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The text, header first, CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToCsv(Dataset dataset) => ToCsv(dataset, SdmxCsvOptions.Default);

    /// <summary>The message of a dataset as one string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The separator and structure.</param>
    /// <returns>The text, header first, CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToCsv(Dataset dataset, SdmxCsvOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        _ = Write(dataset, writer, options);
        return writer.ToString();
    }

    /// <summary>Reads a message given as one string into a dataset of <paramref name="catalog"/>'s indicators and
    /// <paramref name="regions"/>' regions.</summary>
    /// <param name="text">The message.</param>
    /// <param name="catalog">The indicators rows may name.</param>
    /// <param name="regions">The regions rows may name.</param>
    /// <returns>The dataset, with what was read but not imported.</returns>
    /// <exception cref="SdmxCsvException">The message cannot be imported; the message names the line and column.</exception>
    public static SdmxCsvImport Read(string text, IndicatorCatalog catalog, RegionHierarchy regions)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, catalog, regions);
    }

    /// <summary>Reads a message given as one string into a dataset of <paramref name="catalog"/>'s indicators and the built-in
    /// divisions of the message's REGIONS_AS_OF, or of the newest built-in list (<see cref="Read(TextReader, IndicatorCatalog)"/>).</summary>
    /// <param name="text">The message.</param>
    /// <param name="catalog">The indicators rows may name.</param>
    /// <returns>The dataset, with what was read but not imported.</returns>
    /// <exception cref="SdmxCsvException">The message cannot be imported; the message names the line and column.</exception>
    public static SdmxCsvImport Read(string text, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var reader = new StringReader(text);
        return Read(reader, catalog);
    }

    /// <summary>Reads a message into a dataset of <paramref name="catalog"/>'s indicators and <paramref name="regions"/>' regions.</summary>
    /// <param name="reader">The message.</param>
    /// <param name="catalog">The indicators rows may name.</param>
    /// <param name="regions">The regions rows may name.</param>
    /// <returns>The dataset, with what was read but not imported.</returns>
    /// <exception cref="SdmxCsvException">The message cannot be imported; the message names the line and column.</exception>
    /// <exception cref="IOException">Reading failed; passed through as it is.</exception>
    public static SdmxCsvImport Read(TextReader reader, IndicatorCatalog catalog, RegionHierarchy regions)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regions);
        return ReadMessage(reader, catalog, regions);
    }

    /// <summary>
    /// Reads a message into a dataset of <paramref name="catalog"/>'s indicators and the built-in GB/T 2260 divisions of the
    /// date the message gives in its dataset row (REGIONS_AS_OF, which <see cref="Write"/> writes before the first
    /// observation), or of the newest built-in list when it gives none.
    /// </summary>
    /// <param name="reader">The message.</param>
    /// <param name="catalog">The indicators rows may name.</param>
    /// <returns>The dataset, with what was read but not imported.</returns>
    /// <exception cref="SdmxCsvException">The message cannot be imported (also when its REGIONS_AS_OF comes after a row that
    /// names a region, or is not a date of a built-in list); the message names the line and column.</exception>
    /// <exception cref="IOException">Reading failed; passed through as it is.</exception>
    public static SdmxCsvImport Read(TextReader reader, IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return ReadMessage(reader, catalog, null);
    }
}
