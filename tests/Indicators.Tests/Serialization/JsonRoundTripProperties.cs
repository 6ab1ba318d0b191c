using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Indicators.Aggregation;
using Indicators.Labour;
using Indicators.Periods;
using Indicators.Quantities;
using Indicators.Regions;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using NodaTime;

namespace Indicators.Tests.Serialization;

/// <summary>
/// Writing any value to JSON and reading it back gives an equal value, through reflection-based options and through a
/// source-generated context; a value written as one string is written as its own <c>ToString()</c>.
/// </summary>
public class JsonRoundTripProperties
{
    [JsonProperty]
    public bool Money_RoundTripsAsItsText(Money value) => TextRoundTrips(value);

    [JsonProperty]
    public bool Money_FullRange_RoundTrips(long fen) =>
        TextRoundTrips(Money.FromFen(fen)) && TextRoundTrips(Money.MinValue) && TextRoundTrips(Money.MaxValue);

    [JsonProperty]
    public bool Headcount_RoundTripsAsItsText(Headcount value) => TextRoundTrips(value);

    [JsonProperty]
    public bool HeadcountChange_RoundTripsAsItsText(HeadcountChange value) => TextRoundTrips(value);

    [JsonProperty]
    public bool Count_RoundTripsAsItsText(Count<Enterprises> enterprises, Count<PersonTimes> times) =>
        TextRoundTrips(enterprises) && TextRoundTrips(times);

    [JsonProperty]
    public bool UnitCount_RoundTripsForEveryPredefinedUnit(long value) =>
        System.Linq.Enumerable.All(CountUnit.All, unit => RoundTrips(new UnitCount(System.Math.Abs(value == long.MinValue ? 0 : value), unit)))
        && RoundTrips(default(UnitCount));

    [JsonProperty]
    public bool Ratio_RoundTripsAsItsText(Ratio value) => TextRoundTrips(value);

    [JsonProperty]
    public bool Percent_RoundTripsAsItsText(Percent value) => TextRoundTrips(value);

    [JsonProperty]
    public bool PercentagePoints_RoundTripsAsItsText(PercentagePoints value) => TextRoundTrips(value);

    [JsonProperty]
    public bool PublishedFigure_RoundTripsAsItsText(PublishedFigure<Headcount> persons, PublishedFigure<Money> money, PublishedFigure<Count<Enterprises>> enterprises) =>
        TextRoundTrips(persons) && TextRoundTrips(money) && TextRoundTrips(enterprises);

    [JsonProperty]
    public bool PublishedRate_RoundTripsAsItsText(PublishedRate value) => TextRoundTrips(value);

    [JsonProperty]
    public bool ValueInterval_RoundTripsAsItsText(ValueInterval value) => TextRoundTrips(value);

    [JsonProperty]
    public bool DerivedFigure_RoundTrips(Money money, Headcount persons, Percent rate, PublishedFigure<Headcount> published) =>
        RoundTrips(DerivedFigure.Of(money))
        && RoundTrips(DerivedFigure.Of(persons))
        && RoundTrips(DerivedFigure.Of(rate))
        && RoundTrips(DerivedFigure.Of(published))
        && RoundTrips(DerivedFigure.Of(published).Unit);

    [JsonProperty]
    public bool TargetAgreement_RoundTrips(PublishedFigure<Headcount> actual, Headcount target)
    {
        Headcount positive = target.Persons == 0 ? Headcount.FromPersons(1) : target;
        return RoundTrips(ImpliedTarget.From(actual, PublishedRate.Parse("146.43%")).Agreement(positive))
            && RoundTrips(ImpliedTarget.From(PublishedFigure.Parse<Headcount>("14.64万人"), PublishedRate.Parse("146.43%")).Agreement(Headcount.FromWan(10m)));
    }

    [JsonProperty]
    public bool ReportingPeriod_RoundTripsAsItsText(ReportingPeriod value) => TextRoundTrips(value);

    [JsonProperty]
    public bool RegionCode_RoundTripsAsItsText(RegionCode value) => TextRoundTrips(value);

    [JsonProperty]
    public bool RateTarget_RoundTrips(RateTarget target, SmallPercent actual) => RoundTrips(target) && RoundTrips(target.Evaluate(actual.Value));

    [JsonProperty]
    public bool TargetCompletion_RoundTrips(Headcount actual, Headcount target, Money paid, Money budget) =>
        (target == Headcount.Zero || RoundTrips(TargetCompletion.Of(actual, target)))
        && (budget <= Money.Zero || RoundTrips(TargetCompletion.Of(paid, budget)));

    [JsonProperty]
    public bool TargetCompletion_UnitCount_RoundTrips(long actual, long target)
    {
        var completion = TargetCompletion.Of(new UnitCount(System.Math.Abs(actual % 1_000_000_000), CountUnit.Projects), new UnitCount(System.Math.Abs(target % 1_000_000_000) + 1, CountUnit.Projects));
        return RoundTrips(completion);
    }

    [JsonProperty]
    public bool ScheduleProgress_RoundTrips(ScheduleProgress progress, Percent completion) =>
        RoundTrips(progress) && RoundTrips(TargetCompletion.Of(Headcount.FromPersons(1), Headcount.FromPersons(1)).AgainstSchedule(progress))
        && RoundTrips(CompletionAt(completion).AgainstSchedule(progress));

    [JsonProperty]
    public bool UnemploymentRate_RoundTrips(UnemploymentRate subject, UnemploymentRate reference) =>
        RoundTrips(subject)
        && RoundTrips(subject.CompareWith(new UnemploymentRate(subject.Measure, reference.Region, reference.Period, reference.Rate)));

    /// <summary>Pairs that imply no target (a rate reaching zero) or whose targets leave 128-bit terms (ImpliedTarget.From's
    /// documented OverflowException: the two figures carry too many digits together) are replaced by the rate 196.11%.</summary>
    [JsonProperty]
    public bool ImpliedTarget_RoundTrips(PublishedFigure<Headcount> actual, PublishedRate rate) =>
        RoundTrips(!rate.Bounds.Contains(Ratio.Zero) && rate.Bounds.Lower is Ratio low && low > Ratio.Zero && Implies(actual, rate, out ImpliedTarget<Headcount> implied)
            ? implied
            : ImpliedTarget.From(actual, PublishedRate.Parse("196.11%")));

    private static bool Implies(PublishedFigure<Headcount> actual, PublishedRate rate, out ImpliedTarget<Headcount> implied)
    {
        try
        {
            implied = ImpliedTarget.From(actual, rate);
            return true;
        }
        catch (System.OverflowException)
        {
            implied = default;
            return false;
        }
    }

    [JsonProperty]
    public bool Average_RoundTrips(Money total, Headcount persons) =>
        RoundTrips(Average.PerUnit(total, persons == Headcount.Zero ? Headcount.FromPersons(3916) : persons));

    private static TargetCompletion<Headcount> CompletionAt(Percent rate) =>
        TargetCompletion.Of(Headcount.FromPersons(System.Math.Abs((long)(rate.Ratio.Numerator % 1_000_000_000))), Headcount.FromPersons(1_000_000_000));

    /// <summary>The value is written as its own text in one JSON string, and reads back equal (reflection and source generation).</summary>
    private static bool TextRoundTrips<T>(T value)
        where T : System.IEquatable<T>
    {
        string json = JsonSerializer.Serialize(value, JsonTestOptions.Web);
        Xunit.Assert.Equal(JsonSerializer.Serialize(value!.ToString(), JsonTestOptions.Web), json);
        return RoundTrips(value);
    }

    private static bool RoundTrips<T>(T value)
        where T : System.IEquatable<T>
    {
        string json = JsonSerializer.Serialize(value, JsonTestOptions.Web);
        T? back = JsonSerializer.Deserialize<T>(json, JsonTestOptions.Web);
        var typeInfo = (JsonTypeInfo<T>)EveryValueContext.Web.GetTypeInfo(typeof(T))!;
        string generated = JsonSerializer.Serialize(value, typeInfo);
        T? generatedBack = JsonSerializer.Deserialize(generated, typeInfo);
        Xunit.Assert.Equal(value, back);
        Xunit.Assert.Equal(json, generated);
        Xunit.Assert.Equal(value, generatedBack);
        return true;
    }
}
