using System;

namespace Indicators.Reporting;

/// <summary>
/// Names in simplified Chinese, traditional Chinese and English, as regions, indicators and derived figures carry them: the
/// simplified name is required; the others are kept only where they say something (a traditional name equal to the
/// simplified one is dropped), and a missing one falls back to the simplified name.
/// </summary>
internal static class LocalizedNames
{
    /// <summary>The name in <paramref name="language"/>, falling back to the simplified name.</summary>
    internal static string In(ExplainLanguage language, string name, string? traditionalName, string? englishName) => language switch
    {
        ExplainLanguage.ZhHant => traditionalName ?? name,
        ExplainLanguage.English => englishName ?? name,
        _ => name,
    };

    /// <summary>The simplified name, checked: not null, not empty or white space.</summary>
    /// <exception cref="ArgumentException">It is empty; the message says whose name (<paramref name="owner"/>: "A region's").</exception>
    internal static string Required(string name, string owner, string parameter)
    {
        ArgumentNullException.ThrowIfNull(name, parameter);
        return string.IsNullOrWhiteSpace(name) ? throw new ArgumentException($"{owner} name must not be empty.", parameter) : name;
    }

    /// <summary>An optional name: null when absent or equal to <paramref name="same"/>, else checked as <see cref="Required"/>.</summary>
    internal static string? Optional(string? name, string? same, string owner, string parameter) =>
        name is null || name == same ? null : Required(name, owner, parameter);
}
