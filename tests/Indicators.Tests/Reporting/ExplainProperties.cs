using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;

namespace Indicators.Tests.Reporting;

/// <summary>The numbers a trace shows are the numbers computed: inputs, the exact rate (or its first digits), the rounded rate.</summary>
public partial class ExplainProperties
{
    [QuantityProperty]
    public bool Completion_TraceNumbers_AreTheComputedOnes(Headcount actualSeed, Headcount targetSeed, bool english)
    {
        var actual = Headcount.FromPersons(actualSeed.Persons % 1_000_000_000L);
        var target = Headcount.FromPersons((targetSeed.Persons % 1_000_000_000L) + 1);
        TargetCompletion<Headcount> completion = TargetCompletion.Of(actual, target);
        string trace = completion.Explain(english ? ExplainLanguage.English : ExplainLanguage.ZhHans);
        Match m = Trace().Match(trace);
        if (!m.Success)
        {
            return false;
        }

        Regex grouping = english ? EnglishGroups() : ChineseGroups();
        if (!grouping.IsMatch(m.Groups["actual"].Value) || !grouping.IsMatch(m.Groups["target"].Value))
        {
            return false;
        }

        long shownActual = long.Parse(Digits(m.Groups["actual"].Value), CultureInfo.InvariantCulture);
        long shownTarget = long.Parse(Digits(m.Groups["target"].Value), CultureInfo.InvariantCulture);
        string exact = m.Groups["exact"].Value;
        bool exactOk = exact.EndsWith("…%", StringComparison.Ordinal)
            ? completion.Rate.ToString(new DisplayFormat(Scale.One, 6, RoundingMode.TowardZero), null) == exact[..^2] + "%"
            : Percent.Parse(exact, null) == completion.Rate;
        string rounded = m.Groups["rounded"].Success ? m.Groups["rounded"].Value : completion.Rate.ToString("F2", null);
        return shownActual == actual.Persons && shownTarget == target.Persons && exactOk
            && rounded == completion.Rate.ToString("F2", null);
    }

    private static string Digits(string text) => Regex.Replace(text, "[^0-9]", string.Empty);

    [GeneratedRegex(@"^\d{1,3}( \d{3})*$")]
    private static partial Regex ChineseGroups();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*$")]
    private static partial Regex EnglishGroups();

    [GeneratedRegex(@"= (?<actual>[0-9 ,]+) (人|persons?) ÷ (?<target>[0-9 ,]+) (人|persons?) = (?<exact>[0-9.]+…?%)( ≈ (?<rounded>[0-9.]+%))?")]
    private static partial Regex Trace();
}
