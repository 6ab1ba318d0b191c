using System;
using System.Text.Json;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Indicators.Tests.Support;
using Indicators.Tests.Targets;
using Xunit;

namespace Indicators.Tests.Serialization;

/// <summary>The JSON of quantity targets, their outcomes and published-actual outcomes: wire forms, round trips and errors.</summary>
public class QuantityTargetJsonTests
{
    private static Headcount P(long persons) => Headcount.FromPersons(persons);

    [Fact]
    public void Targets_WireForms()
    {
        Assert.Equal("{\"kind\":\"AtMost\",\"value\":\"35000人\",\"inclusive\":true}", Write(QuantityTarget.AtMost(P(35_000))));
        Assert.Equal("{\"kind\":\"AtLeast\",\"value\":\"20000人\",\"inclusive\":false}", Write(QuantityTarget.AtLeast(P(20_000), inclusive: false)));
        Assert.Equal("{\"kind\":\"About\",\"value\":\"20000人\",\"tolerance\":\"500人\"}", Write(QuantityTarget.About(P(20_000), P(500))));
        Assert.Equal("{\"kind\":\"AtMost\",\"value\":\"6051.56元\",\"inclusive\":true}", Write(QuantityTarget.AtMost(Money.FromYuan(6051.56m))));
        Assert.Equal(
            "{\"kind\":\"About\",\"value\":{\"value\":\"10\",\"unit\":\"project\"},\"tolerance\":{\"value\":\"2\",\"unit\":\"project\"}}",
            Write(QuantityTarget.About(new UnitCount(10, CountUnit.Projects), new UnitCount(2, CountUnit.Projects))));
    }

    [Fact]
    public void Outcomes_WireForms()
    {
        Assert.Equal(
            "{\"target\":{\"kind\":\"AtMost\",\"value\":\"35000人\",\"inclusive\":true},\"actual\":\"28000人\",\"met\":true,\"headroom\":\"7000人\",\"shortfall\":\"0人\",\"completion\":null}",
            Write(QuantityTarget.AtMost(P(35_000)).Evaluate(P(28_000))));
        Assert.Equal(
            "{\"target\":{\"kind\":\"AtLeast\",\"value\":\"20000人\",\"inclusive\":true},\"actual\":\"39221人\",\"met\":true,\"headroom\":\"19221人\",\"shortfall\":\"0人\",\"completion\":\"196.105%\"}",
            Write(QuantityTarget.AtLeast(P(20_000)).Evaluate(P(39_221))));
        Assert.Equal(
            "{\"target\":{\"kind\":\"AtMost\",\"value\":\"35000人\",\"inclusive\":true},\"actual\":\"约3.5万人\",\"verdict\":\"Undetermined\",\"marginBounds\":\"[-499, 500]\"}",
            Write(QuantityTarget.AtMost(P(35_000)).Evaluate(PublishedFigure.Parse<Headcount>("约3.5万人"))));
    }

    [Fact]
    public void Outcome_HeadroomBeyondMoney_IsNull_AndReadsBack()
    {
        QuantityTargetOutcome<Money> outcome = QuantityTarget.AtMost(Money.FromFen(long.MaxValue)).Evaluate(Money.FromFen(-1));
        string json = Write(outcome);
        Assert.Contains("\"headroom\":null", json, StringComparison.Ordinal);
        Assert.Equal(outcome, JsonSerializer.Deserialize<QuantityTargetOutcome<Money>>(json, JsonTestOptions.Web));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<QuantityTargetOutcome<Money>>(
            json.Replace("\"headroom\":null", "\"headroom\":\"0元\"", StringComparison.Ordinal), JsonTestOptions.Web));
    }

    [Theory]
    [InlineData("{\"kind\":\"AtLeast\",\"value\":\"0人\",\"inclusive\":true}", "floor")]
    [InlineData("{\"kind\":\"AtMost\",\"value\":\"35000人\"}", "inclusive")]
    [InlineData("{\"kind\":\"About\",\"value\":\"35000人\",\"inclusive\":true}", "tolerance")]
    [InlineData("{\"kind\":\"AtMost\",\"value\":\"35000家\",\"inclusive\":true}", "value")]
    [InlineData("{\"kind\":\"AtMost\",\"value\":\"35000人\",\"inclusive\":true,\"polarity\":\"LowerIsBetter\"}", "polarity")]
    [InlineData("{\"kind\":\"Below\",\"value\":\"35000人\",\"inclusive\":true}", "kind")]
    public void Targets_BadJson_IsAnErrorNamingTheProblem(string json, string named)
    {
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<QuantityTarget<Headcount>>(json, JsonTestOptions.Web));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"met\":true", "\"met\":false", "met")]
    [InlineData("\"headroom\":\"7000人\"", "\"headroom\":\"7001人\"", "headroom")]
    [InlineData("\"shortfall\":\"0人\"", "\"shortfall\":null", "shortfall")]
    [InlineData("\"completion\":null", "\"completion\":\"80%\"", "completion")]
    [InlineData("\"completion\":null", "\"other\":1", "completion")]
    public void Outcome_DerivedFieldsAreChecked(string from, string to, string named)
    {
        string json = Write(QuantityTarget.AtMost(P(35_000)).Evaluate(P(28_000))).Replace(from, to, StringComparison.Ordinal);
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<QuantityTargetOutcome<Headcount>>(json, JsonTestOptions.Web));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"verdict\":\"Undetermined\"", "\"verdict\":\"Met\"", "verdict")]
    [InlineData("\"marginBounds\":\"[-499, 500]\"", "\"marginBounds\":\"[-500, 500]\"", "marginBounds")]
    public void PublishedOutcome_DerivedFieldsAreChecked(string from, string to, string named)
    {
        string json = Write(QuantityTarget.AtMost(P(35_000)).Evaluate(PublishedFigure.Parse<Headcount>("约3.5万人"))).Replace(from, to, StringComparison.Ordinal);
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<PublishedTargetOutcome<Headcount>>(json, JsonTestOptions.Web));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(Arbitraries), typeof(QuantityTargetGenerators), typeof(JsonGenerators)], MaxTest = 300)]
    public bool Everything_RoundTrips(
        QuantityTarget<Headcount> persons, Headcount actual, QuantityTarget<Money> money, Money paid,
        QuantityTarget<UnitCount> projects, QuantityTarget<Count<Enterprises>> firms, PublishedFigure<Headcount> published, PublishedFigure<Money> publishedMoney) =>
        RoundTrips(persons) && RoundTrips(persons.Evaluate(actual))
        && RoundTrips(money) && RoundTrips(money.Evaluate(paid))
        && RoundTrips(projects) && RoundTrips(projects.Evaluate(new UnitCount(actual.Persons, CountUnit.Projects)))
        && RoundTrips(firms) && RoundTrips(firms.Evaluate(Count<Enterprises>.Of(actual.Persons)))
        && RoundTrips(persons.Evaluate(published)) && RoundTrips(money.Evaluate(publishedMoney));

    [Fact]
    public void Defaults_RoundTrip()
    {
        Assert.True(RoundTrips(default(QuantityTarget<UnitCount>)));
        Assert.True(RoundTrips(default(QuantityTargetOutcome<UnitCount>)));
        Assert.True(RoundTrips(default(PublishedTargetOutcome<Money>)));
        Assert.Equal("\"Undetermined\"", JsonSerializer.Serialize(TargetVerdict.Undetermined));
    }

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, JsonTestOptions.Web);

    private static bool RoundTrips<T>(T value)
        where T : IEquatable<T> =>
        JsonSerializer.Deserialize<T>(Write(value), JsonTestOptions.Web)!.Equals(value);
}
