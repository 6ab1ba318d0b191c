using System;

namespace Indicators.Sdmx;

/// <summary>How <see cref="SdmxCsv.Write"/> writes a message: the field separator and the structure the rows refer to.</summary>
public sealed record SdmxCsvOptions
{
    private static readonly System.Buffers.SearchValues<char> NeedsQuoting = System.Buffers.SearchValues.Create(",;|\t\"\r\n");

    /// <summary>The default: comma-separated rows of <see cref="DefaultStructureId"/>.</summary>
    public static SdmxCsvOptions Default { get; } = new();

    /// <summary>The dataflow the rows refer to unless told otherwise: <c>INDICATORS:DF_INDICATORS(1.0)</c>.</summary>
    public const string DefaultStructureId = "INDICATORS:DF_INDICATORS(1.0)";

    /// <summary>The dataflow of a dataset's targets: <c>INDICATORS:DF_TARGETS(1.0)</c> (docs/sdmx.md).</summary>
    public const string TargetsStructureId = "INDICATORS:DF_TARGETS(1.0)";

    /// <summary>The dataflow of a dataset's completion rates: <c>INDICATORS:DF_COMPLETION_RATES(1.0)</c>.</summary>
    public const string CompletionRatesStructureId = "INDICATORS:DF_COMPLETION_RATES(1.0)";

    /// <summary>The dataflow of a dataset's derived figures (what each is computed from): <c>INDICATORS:DF_DERIVATIONS(1.0)</c>.</summary>
    public const string DerivationsStructureId = "INDICATORS:DF_DERIVATIONS(1.0)";

    /// <summary>The field separator: <c>,</c> (the default), <c>;</c>, <c>|</c> or a tab.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another character.</exception>
    public char Separator
    {
        get;
        init => field = value is ',' or ';' or '|' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "An SDMX-CSV separator is ',', ';', '|' or a tab.");
    } = ',';

    /// <summary>The STRUCTURE_ID of the rows of observations (and of the dataset's own attributes), <c>AGENCY:ID(VERSION)</c> of
    /// a dataflow; targets, completion rates and derived figures are in the dataflows of <see cref="TargetsStructureId"/>,
    /// <see cref="CompletionRatesStructureId"/> and <see cref="DerivationsStructureId"/>.</summary>
    /// <exception cref="ArgumentException">Empty, with a character that needs quoting or starts a label (<c>": "</c>), or
    /// one of the three other dataflows.</exception>
    public string StructureId
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value.Length == 0 || value.AsSpan().IndexOfAny(NeedsQuoting) >= 0 || value.Contains(": ", StringComparison.Ordinal)
                || value is TargetsStructureId or CompletionRatesStructureId or DerivationsStructureId
                ? throw new ArgumentException($"\"{value}\" is not a structure identification such as {DefaultStructureId}.", nameof(value))
                : value;
        }
    } = DefaultStructureId;
}
