using System;

namespace Indicators.Quantities.Figures;

/// <summary>Appends text to a span and remembers, instead of throwing, when it ran out of room.</summary>
internal ref struct SpanWriter
{
    private readonly Span<char> destination;

    internal SpanWriter(Span<char> destination)
    {
        this.destination = destination;
        Position = 0;
        Overflowed = false;
    }

    internal int Position { get; private set; }

    internal bool Overflowed { get; private set; }

    internal void Append(scoped ReadOnlySpan<char> text)
    {
        if (Overflowed || !text.TryCopyTo(destination[Position..]))
        {
            Overflowed = true;
            return;
        }

        Position += text.Length;
    }
}
