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

    /// <summary>The field separator: <c>,</c> (the default), <c>;</c>, <c>|</c> or a tab.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Another character.</exception>
    public char Separator
    {
        get;
        init => field = value is ',' or ';' or '|' or '\t'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "An SDMX-CSV separator is ',', ';', '|' or a tab.");
    } = ',';

    /// <summary>The STRUCTURE_ID of every row, <c>AGENCY:ID(VERSION)</c> of a dataflow.</summary>
    /// <exception cref="ArgumentException">Empty, or with a character that needs quoting or starts a label (<c>": "</c>).</exception>
    public string StructureId
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            field = value.Length == 0 || value.AsSpan().IndexOfAny(NeedsQuoting) >= 0 || value.Contains(": ", StringComparison.Ordinal)
                ? throw new ArgumentException($"\"{value}\" is not a structure identification such as {DefaultStructureId}.", nameof(value))
                : value;
        }
    } = DefaultStructureId;
}
