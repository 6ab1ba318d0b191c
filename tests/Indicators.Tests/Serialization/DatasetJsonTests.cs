using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Aggregation;
using Indicators.Periods;
using Indicators.Serialization;
using Indicators.Tests.Support;
using Json.Schema;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Xunit;

namespace Indicators.Tests.Serialization;

public class DatasetJsonTests
{
    /// <summary>The smallest dataset document: two observations of Taizhou to October 2020.</summary>
    internal const string Minimal = """
        {"format":"indicators-dataset","version":1,"regions":{"asOf":"2020-11-10"},
         "observations":[
          {"indicator":"urban-new-employment","region":"331000","period":"2020-01-01/P10M","figure":"14.64万人"},
          {"indicator":"job-fairs","region":"331000","period":"2020-01-01/P10M","figure":"165场"}]}
        """;

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Indicators.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Indicators.sln above {AppContext.BaseDirectory}.");
    }

    [Fact]
    public void Read_Minimal_HasTheFigures()
    {
        Dataset d = DatasetJson.Read(Minimal);
        Assert.Equal(2, d.Count);
        Assert.Equal("14.64万人", d.Find("urban-new-employment", "331000", ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31))).FigureText());
    }

    [Theory]
    [InlineData("\"version\":1", "\"version\":2", "$.version")]
    [InlineData(",\"figure\":\"165场\"", "", "$.observations[1]")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"165只\"", "$.observations[1].figure")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"一百场\"", "$.observations[1].figure")]
    [InlineData("\"figure\":\"14.64万人\"", "\"figure\":\"-5人\"", "$.observations[0].figure")]
    [InlineData("\"indicator\":\"job-fairs\"", "\"indicator\":\"no-such-thing\"", "$.observations[1].indicator")]
    [InlineData("\"region\":\"331000\",\"period\":\"2020-01-01/P10M\",\"figure\":\"165场\"", "\"region\":\"339999\",\"period\":\"2020-01-01/P10M\",\"figure\":\"165场\"", "$.observations[1].region")]
    [InlineData("\"indicator\":\"job-fairs\"", "\"indicator\":\"urban-new-employment\"", "$.observations[1]")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":165", "$.observations[1].figure")]
    [InlineData("\"period\":\"2020-01-01/P10M\",\"figure\":\"165场\"", "\"period\":\"October\",\"figure\":\"165场\"", "$.observations[1].period")]
    [InlineData("\"format\":\"indicators-dataset\"", "\"format\":\"other\"", "$.format")]
    [InlineData("\"asOf\":\"2020-11-10\"", "\"asOf\":\"10/11/2020\"", "$.regions.asOf")]
    public void Read_Defect_ThrowsJsonExceptionNamingThePath(string from, string to, string path)
    {
        string json = Minimal.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"165场\",\"figure\":\"166场\"", "$.observations[1].figure: the field is given twice.")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"165场\",\"Figure\":\"166场\"", "$.observations[1].Figure: unknown field; expected one of indicator, region, period, figure, source.")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":null", "$.observations[1].figure: expected a JSON string; got null.")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":[\"165场\"]", "$.observations[1].figure: expected a JSON string; got a JSON array.")]
    [InlineData("\"version\":1", "\"version\":\"1\"", "$.version: this library reads version 1 of the dataset format; got \"1\".")]
    [InlineData("\"version\":1", "\"version\":1.0", "$.version: this library reads version 1 of the dataset format; got 1.0.")]
    [InlineData("\"observations\":[", "\"targets\":{},\"observations\":[", "$.targets: expected a JSON array.")]
    [InlineData("\"observations\":[", "\"targets\":null,\"observations\":[", "$.targets: expected a JSON array; got null.")]
    [InlineData("\"observations\":[", "\"targets\":[null],\"observations\":[", "$.targets[0]: expected a JSON object; got null.")]
    [InlineData("{\"indicator\":\"job", "7,{\"indicator\":\"job", "$.observations[1]: expected a JSON object.")]
    [InlineData("\"regions\":{\"asOf\":\"2020-11-10\"}", "\"regions\":[]", "$.regions: expected a JSON object.")]
    [InlineData("\"asOf\":\"2020-11-10\"", "\"asOf\":null", "$.regions.asOf: expected an ISO date (yyyy-MM-dd); got null.")]
    [InlineData("\"indicator\":\"job-fairs\"", "\"indicator\":\"urban-new-employment\"", "$.observations[1]: a second figure of \"urban-new-employment\" for 331000 in 2020-01-01/P10M; the first is $.observations[0].")]
    public void Read_Defect_SaysWhatIsWrong(string from, string to, string message)
    {
        string json = Minimal.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);
        Assert.Equal(message, Assert.Throws<JsonException>(() => DatasetJson.Read(json)).Message);
    }

    [Theory]
    [InlineData("", "$: the text is not a JSON document (line 1, byte 1): ")]
    [InlineData("{\"format\":\"indicators-dataset\",\n\"version\":1,", "$: the text is not a JSON document (line 2, byte ")]
    [InlineData("null", "$: expected a JSON object; got null.")]
    [InlineData("[]", "$: expected a JSON object.")]
    public void Read_NotADatasetDocument_SaysWhere(string json, string start)
    {
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith(start, e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => DatasetJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json))));
    }

    /// <summary>The date of the built-in divisions is written as NodaTime.Serialization.SystemTextJson writes a
    /// <see cref="LocalDate"/> and reads back with it: the core package does the same with NodaTime's ISO pattern alone.</summary>
    [Property(MaxTest = 200)]
    public Property RegionsAsOf_IsWhatNodaTimeSerializationReadsAndWrites() =>
        Prop.ForAll(
            Gen.Choose(0, (int)Period.Between(new LocalDate(1980, 12, 1), new LocalDate(2019, 12, 31), PeriodUnits.Days).Days)
                .Select(days => new LocalDate(1980, 12, 1).PlusDays(days)).ToArbitrary(),
            date =>
            {
                Dataset d = DatasetJson.Read(Minimal.Replace("2020-11-10", NodaTime.Text.LocalDatePattern.Iso.Format(date), StringComparison.Ordinal)
                    .Replace("331000", "110000", StringComparison.Ordinal));
                string written = JsonNode.Parse(DatasetJson.ToJson(d))!["regions"]!["asOf"]!.ToJsonString();
                var noda = new JsonSerializerOptions().ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
                Assert.Equal(JsonSerializer.Serialize(date, noda), written);
                Assert.Equal(date, JsonSerializer.Deserialize<LocalDate>(written, noda));
            });

    [Theory]
    [InlineData("\"nature\":\"flow\"", "\"nature\":\"monthly\"", "$.indicators[0].nature: expected flow, stock or cumulative; got \"monthly\".")]
    [InlineData("\"quantity\":\"count\"", "\"quantity\":\"area\"", "$.indicators[0].quantity: expected money, persons, count or rate; got \"area\".")]
    [InlineData("\"name\":\"桶\"", "\"name\":\"桶\",\"polarity\":\"up\"", "$.indicators[0].polarity: expected higher-is-better, lower-is-better or nearer-is-better; got \"up\".")]
    [InlineData("\"name\":\"桶\"", "\"name\":\"桶\",\"rollup\":\"average\"", "$.indicators[0].rollup: expected sum, not-additive or ratio; got \"average\".")]
    [InlineData("\"name\":\"桶\"", "\"name\":\"桶\",\"rollup\":\"ratio\"", "$.indicators[0].rollup: persons and counts roll up as sum; got \"ratio\".")]
    [InlineData("\"unit\":\"site\",", "", "$.indicators[0]: missing the required field \"unit\" (a count needs its unit).")]
    public void Read_BadIndicatorDefinition_NamesTheField(string from, string to, string message)
    {
        string json = Minimal.Replace("\"observations\"", "\"indicators\":[{\"code\":\"x\",\"quantity\":\"count\",\"unit\":\"site\",\"nature\":\"flow\",\"name\":\"桶\"}],\"observations\"", StringComparison.Ordinal);
        Assert.Equal(2, DatasetJson.Read(json).Count);
        string bad = json.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(json, bad);
        Assert.Equal(message, Assert.Throws<JsonException>(() => DatasetJson.Read(bad)).Message);
    }

    [Fact]
    public void Read_UnknownUnit_NamesTheUnitField()
    {
        string json = Minimal.Replace("\"observations\"", "\"indicators\":[{\"code\":\"x\",\"quantity\":\"count\",\"unit\":\"barrel\",\"nature\":\"flow\",\"name\":\"桶\"}],\"observations\"", StringComparison.Ordinal);
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith("$.indicators[0].unit:", e.Message, StringComparison.Ordinal);
        Assert.Contains("barrel", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingObservations_NamesTheRoot()
    {
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read("""{"format":"indicators-dataset","version":1,"regions":{}}"""));
        Assert.Equal("$: missing the required field \"observations\".", e.Message);
    }

    [Theory]
    [InlineData("burden-relief-total", "58.19亿元", "[58.175亿元, 58.205亿元)")]
    [InlineData("relief-per-enterprise", "12796.52元", "(12740.69…元, 12852.83…元)")]
    [InlineData("flexible-employment-subsidy-per-person", "6051.56元", "[6051.54…元, 6051.57…元)")]
    [InlineData("interest-subsidy-share", "10.19%", "(10.165…%, 10.223…%)")]
    [InlineData("monthly-unemployment-assistance", "158.75万元", "[158.5…万元, 158.9…万元)")]
    public void ReferenceDataset_DerivesTheWorkedFacts(string id, string figure, string bounds)
    {
        Dataset d = DatasetJson.Read(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "data", "taizhou-2020.json")));
        DerivedFigure derived = d.Evaluate(d.Derivations.Single(x => x.Id == id));
        Assert.Equal(figure, derived.ToString(Indicators.Reporting.ExplainLanguage.ZhHans));
        Assert.Equal(bounds, derived.BoundsToString(Indicators.Reporting.ExplainLanguage.ZhHans));
    }

    [Fact]
    public void ReferenceDataset_HasEveryFigureAndTheFiveCompletions()
    {
        Dataset d = DatasetJson.Read(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "data", "taizhou-2020.json")));
        Assert.Equal(71, d.Count);
        Assert.Equal(6, d.Targets.Count);
        Assert.Equal("1.38%", d.Find("registered-urban-unemployment-rate", "331000", ReportingPeriod.Month(2020, 10)).FigureText());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "data", "taizhou-2020.json")), DatasetJson.ToJson(d)); // canonical form
        var completions = d.AssessAll().Where(a => a.Completion is not null).ToDictionary(a => a.Actual.Indicator.Code, a => a.Completion!.Value.Value);
        Assert.Equal(5, completions.Count);
        // In percent: 39221 / 20000 = 196.105 %, 2677 / 2000 = 133.85 %, 28914 / 20000 = 144.57 %.
        Assert.Equal(new Indicators.Quantities.Ratio(39221 * 100, 20000), completions["rural-employment"]);
        Assert.Equal(new Indicators.Quantities.Ratio(2677 * 100, 2000), completions["returning-geese-start-ups"]);
        Assert.Equal(new Indicators.Quantities.Ratio(28914 * 100, 20000), completions["vocational-training-subsidised"]);
        Assert.Equal(new Indicators.Quantities.Ratio(146400 * 100, 100000), completions["urban-new-employment"]);
        Assert.Equal(new Indicators.Quantities.Ratio(17700 * 100, 12000), completions["urban-unemployed-re-employed"]);
    }

    [Fact]
    public void EveryDatasetFile_MatchesTheSchema()
    {
        string root = RepositoryRoot();
        JsonSchema schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(root, "docs", "dataset.schema.json")));
        var files = new[] { Path.Combine(root, "docs", "data"), Path.Combine(root, "tests") }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.json", SearchOption.AllDirectories))
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"indicators-dataset\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            EvaluationResults result = schema.Evaluate(JsonDocument.Parse(File.ReadAllText(file)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, file + ": " + string.Join("; ", (result.Details ?? []).Where(r => r.Errors is not null).Select(r => r.InstanceLocation + " " + string.Join(",", r.Errors!.Values))));
        }

        // The generated documents match it too.
        Assert.True(schema.Evaluate(JsonDocument.Parse(DatasetJson.ToJson(DatasetJson.Read(Minimal))).RootElement).IsValid);
    }

    [Property(Arbitrary = [typeof(DatasetJsonGenerators)], MaxTest = 60)]
    public void RoundTrip_IsLossless(DatasetDocument document)
    {
        Dataset first = DatasetJson.Read(document.Json);
        Dataset second = DatasetJson.Read(DatasetJson.ToJson(first));
        Assert.Equal(first.Observations.OrderBy(o => o.ToString(), StringComparer.Ordinal), second.Observations.OrderBy(o => o.ToString(), StringComparer.Ordinal));
        Assert.Equal(first.Observations.Select(o => o.Source), second.Observations.Select(o => o.Source));
        Assert.Equal(first.Targets.OrderBy(t => t.ToString(), StringComparer.Ordinal), second.Targets.OrderBy(t => t.ToString(), StringComparer.Ordinal));
        Assert.Equal(first.Targets.Select(t => t.InferredBecause).Order(StringComparer.Ordinal), second.Targets.Select(t => t.InferredBecause).Order(StringComparer.Ordinal));
        Assert.Equal(first.CompletionRateEntries(), second.CompletionRateEntries());
        Assert.Equal(first.Regions["taizhou-coast"], second.Regions["taizhou-coast"]);
        Assert.Equal(first.Catalog["custom-count"], second.Catalog["custom-count"]);
        Assert.Equal(DatasetJson.ToJson(first), DatasetJson.ToJson(second));
    }

    [Property(Arbitrary = [typeof(DatasetJsonGenerators)], MaxTest = 200)]
    public void Mutation_ThrowsNothingButJsonException(DatasetDocument document, int seed)
    {
        var random = new Random(seed);
        string json = document.Json;
        string mutated = random.Next(4) switch
        {
            0 => json[..random.Next(json.Length)],
            1 => Delete(json, random),
            2 => ChangeType(json, random),
            _ => json.Remove(random.Next(json.Length), 1),
        };
        try
        {
            DatasetJson.Read(mutated);
        }
        catch (JsonException)
        {
        }
    }

    private static string Delete(string json, Random random)
    {
        JsonNode root = JsonNode.Parse(json)!;
        var objects = root.AsObject().DescendantsAndSelf().OfType<JsonObject>().ToList();
        JsonObject target = objects[random.Next(objects.Count)];
        if (target.Count > 0)
        {
            target.Remove(target.ElementAt(random.Next(target.Count)).Key);
        }

        return root.ToJsonString();
    }

    private static string ChangeType(string json, Random random)
    {
        JsonNode root = JsonNode.Parse(json)!;
        var objects = root.AsObject().DescendantsAndSelf().OfType<JsonObject>().Where(o => o.Count > 0).ToList();
        JsonObject target = objects[random.Next(objects.Count)];
        string key = target.ElementAt(random.Next(target.Count)).Key;
        target[key] = random.Next(3) switch { 0 => JsonValue.Create(42), 1 => new JsonArray(), _ => JsonValue.Create("?") };
        return root.ToJsonString();
    }
}

internal static class JsonNodeExtensions
{
    internal static System.Collections.Generic.IEnumerable<JsonNode> DescendantsAndSelf(this JsonNode node)
    {
        yield return node;
        System.Collections.Generic.IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is not null)
            {
                foreach (JsonNode d in child.DescendantsAndSelf())
                {
                    yield return d;
                }
            }
        }
    }
}
