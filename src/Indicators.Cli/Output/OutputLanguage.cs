using Indicators.Reporting;

namespace Indicators.Cli.Output;

/// <summary>The language of labels and figures in the table.</summary>
internal enum OutputLanguage
{
    /// <summary>Simplified Chinese: the default, so it is the enum's default value.</summary>
    ZhHans = 0,

    /// <summary>English.</summary>
    English,
}

/// <summary>Maps the output language onto the library's.</summary>
internal static class OutputLanguages
{
    /// <summary>The language the library writes figures and traces in for <paramref name="language"/>.</summary>
    internal static ExplainLanguage ToExplain(this OutputLanguage language) =>
        language == OutputLanguage.English ? ExplainLanguage.English : ExplainLanguage.ZhHans;
}
