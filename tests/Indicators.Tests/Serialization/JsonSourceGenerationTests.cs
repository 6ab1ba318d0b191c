using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Indicators.Aggregation;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Serialization;

/// <summary>A record holding every value type, for the source-generated context.</summary>
public sealed record EveryValue(
    Money Money,
    Headcount Headcount,
    HeadcountChange Change,
    Count<Enterprises> Enterprises,
    Count<Positions> Positions,
    UnitCount Units,
    Ratio Ratio,
    Percent Percent,
    PercentagePoints Points,
    PublishedFigure<Headcount> PublishedPersons,
    PublishedFigure<Count<Enterprises>> PublishedEnterprises,
    PublishedRate PublishedRate,
    ValueInterval Interval,
    DerivedFigure Derived,
    DerivedUnit DerivedUnit,
    TargetAgreement<Headcount> Agreement,
    ReportingPeriod Period,
    RegionCode Region,
    RateTarget Target,
    RateTargetOutcome Outcome,
    TargetCompletion<Headcount> Completion,
    TargetCompletion<UnitCount> UnitCompletion,
    ScheduleProgress Progress,
    ScheduleComparison Schedule,
    UnemploymentRate Unemployment,
    UnemploymentComparison Comparison,
    ImpliedTarget<Headcount> Implied,
    Average<Headcount> Average,
    Dictionary<RegionCode, Money> ByRegion,
    Money? Missing);

/// <summary>A source-generated context for every value type (what an AOT application declares).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EveryValue))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Headcount))]
[JsonSerializable(typeof(HeadcountChange))]
[JsonSerializable(typeof(Count<Enterprises>))]
[JsonSerializable(typeof(Count<PersonTimes>))]
[JsonSerializable(typeof(UnitCount))]
[JsonSerializable(typeof(Ratio))]
[JsonSerializable(typeof(Percent))]
[JsonSerializable(typeof(PercentagePoints))]
[JsonSerializable(typeof(PublishedFigure<Headcount>))]
[JsonSerializable(typeof(PublishedFigure<Money>))]
[JsonSerializable(typeof(PublishedFigure<Count<Enterprises>>))]
[JsonSerializable(typeof(PublishedRate))]
[JsonSerializable(typeof(ValueInterval))]
[JsonSerializable(typeof(DerivedFigure))]
[JsonSerializable(typeof(DerivedUnit))]
[JsonSerializable(typeof(TargetAgreement<Headcount>))]
[JsonSerializable(typeof(TargetAgreement<Money>))]
[JsonSerializable(typeof(ReportingPeriod))]
[JsonSerializable(typeof(RegionCode))]
[JsonSerializable(typeof(RateTarget))]
[JsonSerializable(typeof(RateTargetOutcome))]
[JsonSerializable(typeof(TargetCompletion<Headcount>))]
[JsonSerializable(typeof(TargetCompletion<Money>))]
[JsonSerializable(typeof(TargetCompletion<UnitCount>))]
[JsonSerializable(typeof(ScheduleProgress))]
[JsonSerializable(typeof(ScheduleComparison))]
[JsonSerializable(typeof(UnemploymentRate))]
[JsonSerializable(typeof(UnemploymentComparison))]
[JsonSerializable(typeof(ImpliedTarget<Headcount>))]
[JsonSerializable(typeof(Average<Headcount>))]
[JsonSerializable(typeof(PrintedNumber))]
[JsonSerializable(typeof(DisplayFormat))]
[JsonSerializable(typeof(CountUnit))]
[JsonSerializable(typeof(TargetKind))]
[JsonSerializable(typeof(Qualifier))]
[JsonSerializable(typeof(FigureStatus))]
[JsonSerializable(typeof(Scale))]
[JsonSerializable(typeof(RoundingMode))]
[JsonSerializable(typeof(RoundingConsistency))]
[JsonSerializable(typeof(JsonItems<TargetKind>))]
internal sealed partial class EveryValueContext : JsonSerializerContext
{
    /// <summary>The context with Chinese characters written as they are.</summary>
    internal static EveryValueContext Web { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

public class JsonSourceGenerationTests
{
    [Fact]
    public void Serialize_EveryValueThroughGeneratedContext_RoundTripsAndMatchesReflection()
    {
        EveryValue value = Sample();
        string generated = JsonSerializer.Serialize(value, EveryValueContext.Web.EveryValue);
        EveryValue? back = JsonSerializer.Deserialize(generated, EveryValueContext.Web.EveryValue);

        Assert.NotNull(back);
        Assert.Equal(value with { ByRegion = back.ByRegion }, back);
        Assert.Equal(value.ByRegion, back.ByRegion);
        Assert.Equal(JsonSerializer.Serialize(value, JsonTestOptions.Web), generated);
        Assert.Contains("\"money\":\"14716000000元\"", generated, System.StringComparison.Ordinal);
        Assert.Contains("\"publishedEnterprises\":\"约115万家\"", generated, System.StringComparison.Ordinal);
        Assert.Contains("\"byRegion\":{\"331002\":\"1元\"}", generated, System.StringComparison.Ordinal);
        Assert.Contains("\"missing\":null", generated, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_BadValueThroughGeneratedContext_NamesThePath()
    {
        string json = JsonSerializer.Serialize(Sample(), EveryValueContext.Web.EveryValue).Replace("\"money\":\"14716000000元\"", "\"money\":14716000000", System.StringComparison.Ordinal);
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, EveryValueContext.Web.EveryValue));
        Assert.Contains("Path: $.money", e.Message, System.StringComparison.Ordinal);
        Assert.Contains("Money", e.Message, System.StringComparison.Ordinal);
    }

    private static EveryValue Sample()
    {
        var region = RegionCode.Parse("331000");
        var october = ReportingPeriod.Month(2020, 10);
        var rate = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, region, october, Percent.FromRatio(new Ratio(138, 10_000)));
        var province = new UnemploymentRate(UnemploymentMeasure.RegisteredUrban, RegionCode.Parse("330000"), october, Percent.FromRatio(new Ratio(158, 10_000)));
        TargetCompletion<Headcount> completion = TargetCompletion.Of(Headcount.FromPersons(39_221), Headcount.FromPersons(20_000));
        ScheduleProgress progress = ScheduleProgress.Of(ReportingPeriod.Year(2020), new LocalDate(2020, 6, 30));
        RateTarget ceiling = RateTarget.AtMost(Percent.FromRatio(new Ratio(35, 1000)));
        return new EveryValue(
            Money.FromYi(147.16m),
            Headcount.FromPersons(146_400),
            HeadcountChange.FromPersons(-1200),
            Count<Enterprises>.Of(2677),
            Count<Positions>.Of(225_600),
            new UnitCount(5037, CountUnit.Trips),
            new Ratio(1, 3),
            completion.Rate,
            rate.Rate - province.Rate,
            PublishedFigure.Parse<Headcount>("14.64万人"),
            PublishedFigure.Parse<Count<Enterprises>>("约115万家"),
            PublishedRate.Parse("196.11%"),
            ValueInterval.AtLeast(new Ratio(3000, 1), true),
            PublishedArithmetic.PerUnit(PublishedFigure.Parse<Money>("147.16亿元"), PublishedFigure.Parse<Count<Enterprises>>("约115万家")),
            DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Persons),
            ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%")).Agreement(Headcount.FromWan(10m)),
            ReportingPeriod.YearToDate(new LocalDate(2020, 10, 31)),
            region,
            ceiling,
            ceiling.Evaluate(rate.Rate),
            completion,
            TargetCompletion.Of(new UnitCount(12, CountUnit.Projects), new UnitCount(10, CountUnit.Projects)),
            progress,
            completion.AgainstSchedule(progress),
            rate,
            rate.CompareWith(province),
            ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%")),
            Average.PerUnit(Money.FromWan(2369.79m), Headcount.FromPersons(3916)),
            new Dictionary<RegionCode, Money> { [RegionCode.Parse("331002")] = Money.FromFen(100) },
            null);
    }
}
