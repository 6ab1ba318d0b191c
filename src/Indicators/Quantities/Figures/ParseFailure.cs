using System;
using System.Globalization;
using Indicators.Utility;

namespace Indicators.Quantities.Figures;

/// <summary>
/// Why a figure did not parse, kept without allocating so that <c>TryParse</c> stays cheap; the exception
/// (with the text, the position and what was expected) is built only when <c>Parse</c> throws.
/// </summary>
internal readonly struct ParseFailure
{
    private ParseFailure(int position, string message, bool expected)
    {
        Position = position;
        Message = message;
        IsExpectation = expected;
    }

    /// <summary>The zero-based position in the text where the problem is.</summary>
    internal int Position { get; }

    /// <summary>What was expected there, or what is wrong with the value.</summary>
    internal string Message { get; }

    private bool IsExpectation { get; }

    /// <summary>The reason without its position: "expected a digit after the decimal point".</summary>
    internal string Reason => IsExpectation ? "expected " + Message : Message;

    /// <summary>What the parser expects after a whole figure.</summary>
    internal const string EndOfText = "the end of the text";

    internal static ParseFailure Expected(int position, string expected) => new(position, expected, true);

    internal static ParseFailure Problem(int position, string problem) => new(position, problem, false);

    /// <summary>
    /// When the text fails on a Chinese character at its start or after a whole figure, or on a span marker (多, 余),
    /// it is most likely a published figure with a qualifier or status: say where such text is read.
    /// </summary>
    private string PublishedHint(ReadOnlySpan<char> text)
    {
        if (Position >= text.Length)
        {
            return string.Empty;
        }

        char c = text[Position];
        bool ideograph = c is >= '\u4E00' and <= '\u9FFF';
        bool likely = ideograph && (Position == 0 || (IsExpectation && Message == EndOfText) || c is '多' or '余' or '餘');
        return likely
            ? " A figure with a qualifier or status (约115万家, 3000多人, 1100万人以上, 预计3.8亿元) is read by PublishedFigure.Parse."
            : string.Empty;
    }

    internal FormatException ToException(ReadOnlySpan<char> text, string typeName)
    {
        string detail;
        if (IsExpectation)
        {
            string found = Position < text.Length
                ? string.Create(CultureInfo.InvariantCulture, $"found '{text[Position]}'")
                : "the text ended";
            detail = string.Create(CultureInfo.InvariantCulture, $"at position {Position} expected {Message}, but {found}");
        }
        else
        {
            detail = string.Create(CultureInfo.InvariantCulture, $"at position {Position}: {Message}");
        }

        return new FormatException(
            string.Create(CultureInfo.InvariantCulture, $"Cannot parse {TextExcerpt.Quote(text, Position)} as {typeName}: {detail}.{PublishedHint(text)}"));
    }
}
