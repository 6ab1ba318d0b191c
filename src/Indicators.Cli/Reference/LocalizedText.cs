using Indicators.Cli.Output;

namespace Indicators.Cli.Reference;

/// <summary>A short text in simplified Chinese and in English.</summary>
/// <param name="ZhHans">The simplified-Chinese text.</param>
/// <param name="En">The English text.</param>
internal sealed record LocalizedText(string ZhHans, string En)
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    internal string For(OutputLanguage language) => language == OutputLanguage.English ? En : ZhHans;
}
