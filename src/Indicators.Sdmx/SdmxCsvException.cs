using System;

namespace Indicators.Sdmx;

/// <summary>
/// An SDMX-CSV message that cannot be imported: the message names the line and, where there is one, the column (by its
/// position and header) and says what was expected. Nothing of the message has been imported when it is thrown.
/// </summary>
public sealed class SdmxCsvException : FormatException
{
    /// <summary>An exception with no line.</summary>
    public SdmxCsvException()
    {
    }

    /// <summary>An exception with a message and no line.</summary>
    /// <param name="message">What is wrong.</param>
    public SdmxCsvException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message, no line, and the exception that caused it.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public SdmxCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An exception about a line and, optionally, one of its columns; the message starts with them.</summary>
    /// <param name="line">The 1-based line of the message where the record starts.</param>
    /// <param name="column">The 1-based column, or 0 when the defect is the record's as a whole.</param>
    /// <param name="header">The column's header as the message writes it, or null.</param>
    /// <param name="problem">What is wrong and what was expected.</param>
    /// <param name="innerException">The cause, or null.</param>
    public SdmxCsvException(int line, int column, string? header, string problem, Exception? innerException = null)
        : base(Where(line, column, header) + problem, innerException)
    {
        Line = line;
        Column = column;
        Header = header;
    }

    /// <summary>The 1-based line where the defective record starts, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the defective field, or 0 when the defect is the record's (or the message's).</summary>
    public int Column { get; }

    /// <summary>The header of the defective column, or null.</summary>
    public string? Header { get; }

    private static string Where(int line, int column, string? header) =>
        column > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}, column {column} ({header}): ")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}: ");
}
