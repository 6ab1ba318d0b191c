using System;
using System.Globalization;
using System.Text.Json;

namespace Indicators.Serialization;

/// <summary>
/// The <see cref="JsonException"/> the converters in this namespace throw: its message says what was expected and, once
/// the serializer has filled in <see cref="JsonException.Path"/>, where ("Path: $.items[2].amount").
/// </summary>
/// <remarks>The serializer only appends the path to the messages it writes itself; this type appends it to ours.</remarks>
public sealed class JsonValueException : JsonException
{
    /// <summary>An error with a default message.</summary>
    public JsonValueException()
        : this("The JSON value is not what was expected.")
    {
    }

    /// <summary>An error saying what was expected.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public JsonValueException(string message)
        : this(message, null)
    {
    }

    /// <summary>An error saying what was expected, caused by <paramref name="innerException"/>.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The parse error behind it, if any.</param>
    public JsonValueException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Detail = message ?? string.Empty;
    }

    /// <summary>What was expected and what was found, without the location.</summary>
    public string Detail { get; }

    /// <summary>The detail followed by the JSON path (and line and byte position when reading).</summary>
    public override string Message => Path is null
        ? Detail
        : LineNumber is long line
            ? string.Create(CultureInfo.InvariantCulture, $"{Detail} Path: {Path} | LineNumber: {line} | BytePositionInLine: {BytePositionInLine}.")
            : $"{Detail} Path: {Path}.";
}
