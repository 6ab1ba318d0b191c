using System;
using System.Linq;
using System.Text.Json;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Serialization;

/// <summary>
/// The JSON wire format, version 1, as data: each valid text reads to the value built here by hand and is what that value
/// writes; each invalid text throws a <see cref="JsonException"/> naming the path and what was expected.
/// </summary>
public class JsonWireFormatTests
{
    /// <summary>Valid texts of wire format v1: the JSON of one value, and the value it stands for.</summary>
    private static readonly (string Json, Func<object> Value)[] ValidCases =
    [
        ("\"14716000000元\"", () => Money.FromFen(1_471_600_000_000)),
        ("\"6051.56元\"", () => Money.FromFen(605_156)),
        ("\"-0.5元\"", () => Money.FromFen(-50)),
        ("\"-92233720368547758.08元\"", () => Money.MinValue),
        ("\"146400人\"", () => Headcount.FromPersons(146_400)),
        ("\"-1200人\"", () => HeadcountChange.FromPersons(-1200)),
        ("\"2677家\"", () => Count<Enterprises>.Of(2677)),
        ("\"5037班次\"", () => Count<Trips>.Of(5037)),
        ("{\"value\":\"2677\",\"unit\":\"enterprise\"}", () => new UnitCount(2677, CountUnit.Enterprises)),
        ("{\"value\":\"12\",\"unit\":\"project\"}", () => new UnitCount(12, CountUnit.Projects)),
        ("{\"value\":\"0\",\"unit\":null}", () => default(UnitCount)),
        ("\"1.96105\"", () => new Ratio(39_221, 20_000)),
        ("\"1/3\"", () => new Ratio(1, 3)),
        ("\"196.105%\"", () => Percent.FromRatio(new Ratio(39_221, 20_000))),
        ("\"250/3%\"", () => Percent.FromRatio(new Ratio(5, 6))),
        ("\"-0.2个百分点\"", () => PercentagePoints.FromRatio(new Ratio(-2, 1000))),
        ("\"14.64万人\"", () => PublishedFigure.Of(Headcount.FromPersons(146_400), new DisplayFormat(Scale.Wan, 2))),
        ("\"约115万家\"", () => PublishedFigure.Of(Count<Enterprises>.Of(1_150_000), new DisplayFormat(Scale.Wan, 0), Qualifier.Approximately)),
        ("\"预计3.8亿元\"", () => PublishedFigure.Of(Money.FromYi(3.8m), new DisplayFormat(Scale.Yi, 1), status: FigureStatus.Forecast)),
        ("\"196.11%\"", () => PublishedRate.Of(Percent.FromRatio(new Ratio(19_611, 10_000)), 2)),
        ("\"[146350, 146450)\"", () => ValueInterval.ClosedOpen(new Ratio(146_350, 1), new Ratio(146_450, 1))),
        ("\"(784420000/39223, 20000]\"", () => ValueInterval.OpenClosed(new Ratio(784_420_000, 39_223), new Ratio(20_000, 1))),
        ("\"[3000, +∞)\"", () => ValueInterval.AtLeast(new Ratio(3000, 1), true)),
        ("\"(−∞, 3.5)\"", () => ValueInterval.AtMost(new Ratio(35, 10), false)),
        ("\"2020-10\"", () => ReportingPeriod.Month(2020, 10)),
        ("\"2020-Q3\"", () => ReportingPeriod.Quarter(2020, 3)),
        ("\"2020-01-01/P10M\"", () => ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31))),
        ("\"331000\"", () => RegionCode.Parse("331000")),
        ("{\"kind\":\"AtMost\",\"value\":\"3.5%\",\"inclusive\":true}", () => RateTarget.AtMost(Percent.FromRatio(new Ratio(35, 1000)))),
        ("{\"kind\":\"AtLeast\",\"value\":\"3%\",\"inclusive\":false}", () => RateTarget.AtLeast(Percent.FromRatio(new Ratio(3, 100)), inclusive: false)),
        ("{\"kind\":\"About\",\"value\":\"5.5%\",\"tolerance\":\"0.05个百分点\"}", () => RateTarget.About(Percent.FromRatio(new Ratio(55, 1000)), PercentagePoints.FromRatio(new Ratio(5, 10_000)))),
        ("{\"actual\":\"39221人\",\"target\":\"20000人\",\"rate\":\"196.105%\"}", () => TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000))),
        ("{\"period\":\"2020\",\"asOf\":\"2020-10-31\",\"convention\":\"Months\",\"rate\":\"250/3%\"}", () => ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 10, 31))),
        (
            "{\"measure\":\"RegisteredUrban\",\"region\":\"331000\",\"period\":\"2020-10\",\"rate\":\"1.38%\"}",
            () => new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331000"), ReportingPeriod.Month(2020, 10), Percent.FromRatio(new Ratio(138, 10_000)))),
    ];

    /// <summary>The texts of <see cref="ValidCases"/>, strings only: xunit lists each as a test of its own, and no value is built
    /// before a test starts (Stryker, the mutation tester, then sees which test covers the code that builds it).</summary>
    public static TheoryData<string> ValidJsonV1 => new(ValidCases.Select(c => c.Json));

    private static object ValueOf(string json) => Array.Find(ValidCases, c => c.Json == json).Value();

    /// <summary>Invalid texts: the value at <c>$.items[2].amount</c>, the type read, and a word the message must contain.</summary>
    public static TheoryData<Type, string, string> InvalidJsonV1 => new()
    {
        { typeof(Money), "14716000000", "number" },
        { typeof(Money), "{\"fen\":1471600000000}", "object" },
        { typeof(Money), "null", "null" },
        { typeof(Money), "\"0.001元\"", "fen" },
        { typeof(Money), "\"147.16亿\"", "Money" },
        { typeof(Money), "\"\"", "Money" },
        { typeof(Headcount), "\"5家\"", "Headcount" },
        { typeof(Headcount), "\"-5人\"", "Headcount" },
        { typeof(Headcount), "146400", "number" },
        { typeof(Count<Enterprises>), "\"5人\"", "enterprises" },
        { typeof(UnitCount), "\"2677家\"", "object" },
        { typeof(UnitCount), "{\"value\":2677,\"unit\":\"enterprise\"}", "value" },
        { typeof(UnitCount), "{\"value\":\"2677\",\"unit\":\"classroom\"}", "unit" },
        { typeof(UnitCount), "{\"value\":\"2677\"}", "missing" },
        { typeof(UnitCount), "{\"value\":\"5\",\"unit\":null}", "unit" },
        { typeof(Ratio), "1.5", "number" },
        { typeof(Percent), "\"1.38\"", "Percent" },
        { typeof(Percent), "0.0138", "number" },
        { typeof(PercentagePoints), "\"0.2%\"", "PercentagePoints" },
        { typeof(PublishedFigure<Headcount>), "\"14.64万家\"", "Headcount" },
        { typeof(PublishedRate), "\"196.11\"", "rate" },
        { typeof(ValueInterval), "\"[2, 1]\"", "empty" },
        { typeof(ValueInterval), "\"[−∞, 1]\"", "infinite" },
        { typeof(ValueInterval), "\"[1,2]\"", "ends" },
        { typeof(ReportingPeriod), "\"2020-13\"", "ReportingPeriod" },
        { typeof(ReportingPeriod), "202010", "number" },
        { typeof(RegionCode), "331000", "number" },
        { typeof(RegionCode), "\"031000\"", "six digits" },
        { typeof(RateTarget), "{\"kind\":\"AtMost\",\"value\":\"3.5%\"}", "inclusive" },
        { typeof(RateTarget), "{\"kind\":\"Below\",\"value\":\"3.5%\",\"inclusive\":true}", "kind" },
        { typeof(RateTarget), "{\"kind\":\"1\",\"value\":\"3.5%\",\"inclusive\":true}", "kind" },
        { typeof(RateTarget), "{\"kind\":\"AtMost\",\"value\":\"3.5%\",\"inclusive\":\"true\"}", "inclusive" },
        { typeof(RateTarget), "{\"kind\":\"AtMost\",\"value\":\"3.5%\",\"inclusive\":true,\"polarity\":\"LowerIsBetter\"}", "polarity" },
        { typeof(RateTarget), "{\"kind\":\"About\",\"value\":\"5.5%\",\"tolerance\":\"-0.05个百分点\"}", "negative" },
        { typeof(RateTarget), "{\"kind\":\"AtMost\",\"kind\":\"AtLeast\",\"value\":\"3.5%\",\"inclusive\":true}", "twice" },
        { typeof(TargetCompletion<Headcount>), "{\"actual\":\"39221人\",\"target\":\"20000人\",\"rate\":\"196.11%\"}", "rate" },
        { typeof(TargetCompletion<Headcount>), "{\"actual\":\"39221人\",\"target\":\"0人\",\"rate\":\"0%\"}", "target" },
        { typeof(ScheduleProgress), "{\"period\":\"2020\",\"asOf\":\"2021-01-01\",\"convention\":\"Months\",\"rate\":\"100%\"}", "outside" },
        { typeof(UnemploymentRate), "{\"measure\":\"RegisteredUrban\",\"region\":\"331000\",\"period\":\"2020-10\",\"rate\":\"101%\"}", "100%" },
        {
            typeof(UnemploymentComparison),
            "{\"subject\":{\"measure\":\"RegisteredUrban\",\"region\":\"331000\",\"period\":\"2020-10\",\"rate\":\"1.38%\"},"
            + "\"reference\":{\"measure\":\"SurveyedUrban\",\"region\":\"330000\",\"period\":\"2020-10\",\"rate\":\"1.58%\"},\"difference\":\"-0.2个百分点\"}",
            "measure"
        },
        {
            typeof(UnemploymentComparison),
            "{\"subject\":{\"measure\":\"RegisteredUrban\",\"region\":\"331000\",\"period\":\"2020-10\",\"rate\":1.38},"
            + "\"reference\":{\"measure\":\"RegisteredUrban\",\"region\":\"330000\",\"period\":\"2020-10\",\"rate\":\"1.58%\"},\"difference\":\"-0.2个百分点\"}",
            "subject.rate"
        },
    };

    [Theory]
    [MemberData(nameof(ValidJsonV1))]
    public void Deserialize_ValidJsonV1_GivesTheValue(string json)
    {
        object expected = ValueOf(json);
        object? actual = JsonSerializer.Deserialize(json, expected.GetType(), JsonTestOptions.Web);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(ValidJsonV1))]
    public void Serialize_Value_WritesTheValidJsonV1Text(string json)
    {
        object value = ValueOf(json);
        Assert.Equal(json, JsonSerializer.Serialize(value, value.GetType(), JsonTestOptions.Web));
    }

    [Theory]
    [MemberData(nameof(InvalidJsonV1))]
    public void Deserialize_InvalidJsonV1_ThrowsJsonExceptionNamingPathAndExpectation(Type type, string json, string expectedWord)
    {
        string document = "{\"items\":[null,null,{\"amount\":" + json + "}]}";
        Type holder = typeof(JsonItems<>).MakeGenericType(type);
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(document, holder, JsonTestOptions.Web));
        Assert.Equal("$.items[2].amount", e.Path);
        Assert.Contains("Path: $.items[2].amount", e.Message, StringComparison.Ordinal);
        Assert.Contains(expectedWord, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deserialize_MoneyParseDataLossCase_GivesTheAmountNotZero()
    {
        // Before the converters, the getters were written and reading them back gave 0元 without an error.
        string json = JsonSerializer.Serialize(Money.Parse("147.16亿元", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Money.FromFen(1_471_600_000_000), JsonSerializer.Deserialize<Money>(json));
        Assert.Equal(Headcount.FromPersons(146_400), JsonSerializer.Deserialize<Headcount>(JsonSerializer.Serialize(Headcount.Parse("14.64万人", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Serialize_UnemploymentRate_WritesNoCycle()
    {
        // RegionCode.Province returns a RegionCode: serializing its getters used to throw an object cycle.
        var rate = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("331002"), ReportingPeriod.Month(2020, 10), Percent.FromRatio(new Ratio(138, 10_000)));
        Assert.Equal(
            "{\"measure\":\"RegisteredUrban\",\"region\":\"331002\",\"period\":\"2020-10\",\"rate\":\"1.38%\"}",
            JsonSerializer.Serialize(rate, JsonTestOptions.Web));
    }

    [Fact]
    public void Serialize_Percent_WritesTheRateNotItsRatio() =>
        Assert.Equal("\"196.105%\"", JsonSerializer.Serialize(Percent.FromRatio(new Ratio(39_221, 20_000)), JsonTestOptions.Web));

    [Fact]
    public void Serialize_DefaultEncoder_EscapesChineseAndReadsBack()
    {
        string json = JsonSerializer.Serialize(Money.FromFen(100));
        Assert.Equal("\"1\\u5143\"", json);
        Assert.Equal(Money.FromFen(100), JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void Serialize_DefaultsOfRegionCodeAndScheduleProgress_ReadBack()
    {
        string json = JsonSerializer.Serialize(new JsonItem<RegionCode>());
        Assert.Contains("\"000000\"", json, StringComparison.Ordinal);
        Assert.Equal(RegionCode.None, JsonSerializer.Deserialize<JsonItem<RegionCode>>(json)!.Amount);
        Assert.Equal(default, JsonSerializer.Deserialize<ScheduleProgress>(JsonSerializer.Serialize(default(ScheduleProgress))));
    }

    [Fact]
    public void Serialize_UnitCountOfUserUnit_ThrowsJsonException() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(JsonClassrooms.Count(3).ToUnitCount()));

    [Fact]
    public void Serialize_PublishedUnitCountOfSharedMeasureWord_NamesTheUnitAndRoundTrips()
    {
        PublishedFigure<UnitCount> figure = PublishedFigure.Of(new UnitCount(12, CountUnit.Projects), new DisplayFormat(Scale.One, 0));
        string json = JsonSerializer.Serialize(figure, JsonTestOptions.Web);
        Assert.Equal("\"12 projects\"", json);
        Assert.Equal(figure, JsonSerializer.Deserialize<PublishedFigure<UnitCount>>(json, JsonTestOptions.Web));
    }

    [Fact]
    public void Serialize_PublishedUnitCountOfUserUnit_ThrowsJsonException()
    {
        var households = new CountUnit("json-household", "户", "戶", "household", "households");
        PublishedFigure<UnitCount> figure = PublishedFigure.Of(new UnitCount(12, households), new DisplayFormat(Scale.One, 0));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(figure));
    }

    [Fact]
    public void Serialize_CountOfUserUnitWithoutConverter_ThrowsNotSupportedNamingTheConverter()
    {
        NotSupportedException e = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(JsonClassrooms.Count(3)));
        Assert.Contains("CountJsonConverter<JsonClassrooms>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_CountOfUserUnitWithRegisteredConverter_RoundTrips()
    {
        var options = new JsonSerializerOptions(JsonTestOptions.Web);
        options.Converters.Add(new CountJsonConverter<JsonClassrooms>());
        options.Converters.Add(new PublishedFigureJsonConverter<Count<JsonClassrooms>>());
        Assert.Equal("\"3间\"", JsonSerializer.Serialize(JsonClassrooms.Count(3), options));
        Assert.Equal(JsonClassrooms.Count(3), JsonSerializer.Deserialize<Count<JsonClassrooms>>("\"3间\"", options));
        PublishedFigure<Count<JsonClassrooms>> figure = PublishedFigure.Of(JsonClassrooms.Count(300), new DisplayFormat(Scale.One, 0), Qualifier.Approximately);
        Assert.Equal(figure, JsonSerializer.Deserialize<PublishedFigure<Count<JsonClassrooms>>>(JsonSerializer.Serialize(figure, options), options));
    }

    [Fact]
    public void Deserialize_MoneyAsDictionaryKey_RoundTrips()
    {
        var byRegion = new System.Collections.Generic.Dictionary<RegionCode, Money> { [RegionCode.Parse("331002")] = Money.FromFen(100) };
        string json = JsonSerializer.Serialize(byRegion, JsonTestOptions.Web);
        Assert.Equal("{\"331002\":\"1元\"}", json);
        Assert.Equal(byRegion, JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<RegionCode, Money>>(json, JsonTestOptions.Web));
    }

    [Fact]
    public void Deserialize_NullableMoneyNull_GivesNull() =>
        Assert.Null(JsonSerializer.Deserialize<Money?>("null"));
}

/// <summary>A unit of the tests' own, not predefined.</summary>
public sealed class JsonClassrooms : ICountUnit
{
    private JsonClassrooms()
    {
    }

    /// <inheritdoc/>
    public static CountUnit Unit { get; } = new("classroom", "间", "間", "classroom", "classrooms");

    /// <summary>A count of classrooms.</summary>
    public static Count<JsonClassrooms> Count(long n) => Count<JsonClassrooms>.Of(n);
}
