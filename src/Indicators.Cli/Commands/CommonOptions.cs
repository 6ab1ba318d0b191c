using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Indicators.Cli.Output;

namespace Indicators.Cli.Commands;

/// <summary>
/// Options more than one command takes, each made afresh for the command that adds it, so that every command says the
/// same thing the same way: <c>--json</c> and <c>--lang</c>.
/// </summary>
internal static class CommonOptions
{
    /// <summary>The values <c>--lang</c> suggests as completions and names in its help.</summary>
    private static readonly string[] Languages = ["zh-Hans", "en"];

    /// <summary><c>--json</c>: print JSON instead of text.</summary>
    /// <param name="description">What the JSON holds, for the help.</param>
    internal static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>
    /// <c>--lang &lt;zh-Hans|en&gt;</c>, simplified Chinese by default. Also takes zh and zh-CN, en-US and en-GB, in any
    /// case; any other value is a parse error naming the option.
    /// </summary>
    /// <remarks>Not given, its value is <c>default(OutputLanguage)</c>, <see cref="OutputLanguage.ZhHans"/>; no default
    /// value factory, which help would show as the enum member's name rather than as "zh-Hans".</remarks>
    /// <param name="description">What is written in the language, for the help.</param>
    internal static Option<OutputLanguage> Language(string description)
    {
        var option = new Option<OutputLanguage>("--lang")
        {
            Description = description,
            HelpName = string.Join('|', Languages),
            CustomParser = ParseLanguage,
        };
        option.CompletionSources.Add(Languages);
        return option;
    }

    private static OutputLanguage ParseLanguage(ArgumentResult result)
    {
        // The arity (exactly one value) is checked before a custom parser runs.
        string value = result.Tokens[0].Value;
        switch (value.ToUpperInvariant())
        {
            case "ZH-HANS" or "ZH" or "ZH-CN":
                return OutputLanguage.ZhHans;
            case "EN" or "EN-US" or "EN-GB":
                return OutputLanguage.English;
            default:
                result.AddError(FormattableString.Invariant(
                    $"Unknown language '{value}' for option '--lang': expected {string.Join(" or ", Languages)}."));
                return OutputLanguage.ZhHans;
        }
    }
}
