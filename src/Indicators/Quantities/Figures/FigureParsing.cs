using System;

namespace Indicators.Quantities.Figures;

/// <summary>The shared bodies of every quantity's <c>Parse</c> and <c>TryParse</c>.</summary>
internal static class FigureParsing
{
    internal static T Parse<T>(ReadOnlySpan<char> text)
        where T : IFigure<T>
    {
        if (T.TryRead(text, out T value, out ParseFailure failure))
        {
            return value;
        }

        throw failure.ToException(text, T.TypeName);
    }

    internal static T Parse<T>(string text)
        where T : IFigure<T>
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse<T>(text.AsSpan());
    }

    internal static bool TryParse<T>(ReadOnlySpan<char> text, out T value)
        where T : IFigure<T> => T.TryRead(text, out value, out _);

    internal static bool TryParse<T>(string? text, out T value)
        where T : IFigure<T>
    {
        if (text is null)
        {
            value = default!;
            return false;
        }

        return T.TryRead(text, out value, out _);
    }
}
