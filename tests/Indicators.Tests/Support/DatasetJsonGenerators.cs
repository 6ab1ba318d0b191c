using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Indicators.Tests.Support;

/// <summary>A valid dataset document: built-in indicators of every quantity, figures printed at random precisions with
/// random qualifiers and status, targets and completion rates.</summary>
public sealed record DatasetDocument(string Json);

public static class DatasetJsonGenerators
{
    private static readonly (string Code, string Unit)[] Indicators =
    [
        ("urban-new-employment", "人"), ("workers-brought-back", "人"), ("five-reductions-relief", "元"),
        ("social-insurance-fees-cut", "元"), ("job-fairs", "场"), ("five-reductions-enterprises", "家"),
        ("registered-urban-unemployment-rate", "%"),
    ];

    private static readonly string[] Periods = ["2020", "2020-Q3", "2020-10", "2020-01-01/P10M", "2020-01-01/P6M", "2019-S1"];

    private static readonly string[] Prefixes = ["", "约", "近", "超", "预计"];

    public static Arbitrary<DatasetDocument> Documents() =>
        Gen.ListOf(Observation()).Select(list =>
        {
            var seen = new HashSet<(string, string)>();
            var obs = list.Where(o => seen.Add((o.Indicator, o.Period))).ToList();
            var targets = obs.Where(o => o.Target is not null).Select(o =>
                $$"""{"indicator":"{{o.Indicator}}","region":"331000","period":"{{o.Period}}","target":"{{o.Target}}"{{(o.Inferred ? ",\"inferred\":\"generated\"" : "")}}}""");
            var rates = obs.Where(o => o.Unit != "%" && o.Completion is not null).Select(o =>
                $$"""{"indicator":"{{o.Indicator}}","region":"331000","period":"{{o.Period}}","rate":"{{o.Completion}}"}""");
            string json = $$"""
                {"format":"indicators-dataset","version":1,"regions":{"asOf":"2020-11-10","defined":[{"id":"taizhou-coast","name":"沿海三县","level":"group","parent":"331000"}]},
                 "indicators":[{"code":"custom-count","quantity":"count","unit":"site","nature":"flow","name":"自定义"}],
                 "observations":[{{string.Join(",", obs.Select(o => $$"""{"indicator":"{{o.Indicator}}","region":"331000","period":"{{o.Period}}","figure":"{{o.Figure}}"{{(o.Source ? ",\"source\":\"s\"" : "")}}}"""))}}],
                 "targets":[{{string.Join(",", targets)}}],
                 "completionRates":[{{string.Join(",", rates)}}]}
                """;
            return new DatasetDocument(json);
        }).ToArbitrary();

    private sealed record Obs(string Indicator, string Unit, string Period, string Figure, bool Source, string? Target, bool Inferred, string? Completion);

    private static Gen<Obs> Observation() =>
        from indicator in Gen.Elements(Indicators)
        from period in Gen.Elements(Periods)
        from value in Gen.Choose(0, 99_999_999)
        from scale in Gen.Elements(0, 1, 2, 3)
        from decimals in Gen.Choose(0, 2)
        from prefix in Gen.Elements(Prefixes)
        from source in Gen.Elements(true, false)
        from target in Gen.Choose(1, 99_999)
        from hasTarget in Gen.Elements(true, false)
        from inferred in Gen.Elements(true, false)
        from completion in Gen.Choose(0, 99_999)
        select Make(indicator, period, value, scale, decimals, prefix, source, hasTarget ? target : null, inferred, completion);

    private static Obs Make((string Code, string Unit) indicator, string period, int value, int scale, int decimals, string prefix, bool source, int? target, bool inferred, int completion)
    {
        string figure;
        if (indicator.Unit == "%")
        {
            figure = (value % 10000 / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";
            return new Obs(indicator.Code, "%", period, prefix is "" or "约" ? prefix + figure : figure, source, target is null ? null : $"{target % 10}.5%以内", inferred, null);
        }

        string word = scale switch { 0 => "", 1 => "万", 2 => "亿", _ => "万亿" }; // at most 9999.99万亿元, within Money
        decimal shown = scale == 0 ? value : decimal.Round(value / 10000m, decimals);
        string number = shown.ToString(scale == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        if (scale == 0 || decimals == 0)
        {
            number = decimal.Truncate(shown).ToString(CultureInfo.InvariantCulture);
        }

        figure = prefix + number + word + indicator.Unit;
        string completionText = (completion / 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%";
        return new Obs(indicator.Code, indicator.Unit, period, figure, source, target is null ? null : $"{target}{indicator.Unit}以上", inferred, completion % 3 == 0 ? null : completionText);
    }
}
