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

    /// <summary>Reads <paramref name="s"/>, named as the public <c>Parse(string s)</c> names it, so that a null text's
    /// <see cref="ArgumentException.ParamName"/> is the caller's parameter.</summary>
    internal static T Parse<T>(string s)
        where T : IFigure<T>
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse<T>(s.AsSpan());
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
