namespace Indicators.Cli.Output;

/// <summary>The language of labels and figures in the table.</summary>
internal enum OutputLanguage
{
    /// <summary>Simplified Chinese (the default).</summary>
    ZhHans,

    /// <summary>English.</summary>
    English,
}
