using System.Globalization;
using Indicators.Utility;

namespace Indicators.Text;

/// <summary>The messages of the numeral readers' exceptions: the input, the position and character, the problem.</summary>
internal static class NumeralErrors
{
    /// <summary>"Cannot read "…" as {what}: at position 3 ('x'), {problem}."</summary>
    internal static string Message(string s, string what, int position, string problem)
    {
        string where = position < s.Length
            ? string.Create(CultureInfo.InvariantCulture, $"at position {position} ('{s[position]}')")
            : string.Create(CultureInfo.InvariantCulture, $"at position {position} (the end)");
        return $"Cannot read {TextExcerpt.Quote(s, position)} as {what}: {where}, {problem}.";
    }
}
