using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Catalog;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;
using Xunit;

namespace Indicators.Tests.Catalog;

public class IndicatorCatalogTests
{
    [Theory]
    [InlineData("urban-new-employment", IndicatorQuantity.Persons, TemporalNature.Cumulative, "城镇新增就业", "城鎮新增就業", "New urban employment")]
    [InlineData("urban-unemployed-re-employed", IndicatorQuantity.Persons, TemporalNature.Cumulative, "城镇失业人员再就业", "城鎮失業人員再就業", "Re-employment of the urban unemployed")]
    [InlineData("social-insurance-fees-cut", IndicatorQuantity.Money, TemporalNature.Cumulative, "减免企业社保费", "減免企業社保費", "Enterprise social-insurance fees cut")]
    [InlineData("registered-urban-unemployment-rate", IndicatorQuantity.Rate, TemporalNature.Stock, "城镇登记失业率", "城鎮登記失業率", "Registered urban unemployment rate")]
    public void BuiltIn_HasTheReportsIndicators(string code, IndicatorQuantity quantity, TemporalNature nature, string name, string traditional, string english)
    {
        IndicatorDefinition d = IndicatorCatalog.BuiltIn[code];
        Assert.Equal(code, d.Code);
        Assert.Equal(quantity, d.Quantity);
        Assert.Equal(nature, d.Nature);
        Assert.Equal(name, d.NameIn(ExplainLanguage.ZhHans));
        Assert.Equal(traditional, d.NameIn(ExplainLanguage.ZhHant));
        Assert.Equal(english, d.NameIn(ExplainLanguage.English));
    }

    [Theory]
    [InlineData("five-reductions-enterprises", "enterprise")]
    [InlineData("job-fairs", "event")]
    [InlineData("positions-offered", "position")]
    [InlineData("labour-cooperation-agreements", "agreement")]
    [InlineData("chartered-bus-trips", "trip")]
    [InlineData("livestream-training-sessions", "session")]
    public void BuiltIn_CountsNameTheirUnit(string code, string unit)
    {
        IndicatorDefinition d = IndicatorCatalog.BuiltIn[code];
        Assert.Equal(IndicatorQuantity.Count, d.Quantity);
        Assert.Equal(unit, d.Unit!.Code);
    }

    [Fact]
    public void BuiltIn_RegisteredRateIsRecomputedFromItsComponents_AndLowerIsBetter()
    {
        IndicatorDefinition rate = IndicatorCatalog.BuiltIn["registered-urban-unemployment-rate"];
        Assert.Equal(RollupKind.Ratio, rate.Rollup.Kind);
        Assert.Equal("registered-urban-unemployed", rate.Rollup.Numerator);
        Assert.Equal("registered-urban-labour-force", rate.Rollup.Denominator);
        Assert.Equal(Polarity.LowerIsBetter, rate.Polarity);
        Assert.Equal(RollupKind.NotAdditive, IndicatorCatalog.BuiltIn["surveyed-urban-unemployment-rate"].Rollup.Kind);
        Assert.Equal(RollupKind.NotAdditive, IndicatorCatalog.BuiltIn["unemployment-assistance-monthly-amount"].Rollup.Kind);
    }

    [Fact]
    public void BuiltIn_EveryDefinitionHasThreeNamesAndAValidCode()
    {
        Assert.True(IndicatorCatalog.BuiltIn.Count >= 70);
        foreach (IndicatorDefinition d in IndicatorCatalog.BuiltIn.Definitions)
        {
            Assert.True(IndicatorDefinition.IsValidCode(d.Code), d.Code);
            Assert.NotNull(d.EnglishName);
            Assert.Same(d, IndicatorCatalog.BuiltIn[d.Code]);
        }
    }

    [Fact]
    public void Lookup_UnknownCode_NamesIt()
    {
        Assert.False(IndicatorCatalog.BuiltIn.TryGet("no-such-thing", out _));
        Assert.False(IndicatorCatalog.BuiltIn.TryGet(null, out _));
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => IndicatorCatalog.BuiltIn["no-such-thing"]);
        Assert.Contains("\"no-such-thing\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicateCode_Throws()
    {
        IndicatorDefinition a = IndicatorDefinition.Persons("a", TemporalNature.Flow, "甲");
        ArgumentException e = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create([a, IndicatorDefinition.Money("a", TemporalNature.Flow, "乙")]));
        Assert.Contains("\"a\" is defined twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_RatioOfMissingOrRateComponents_Throws()
    {
        IndicatorDefinition rate = IndicatorDefinition.Rate("r", RegionalRollup.Ratio("n", "d"), "率");
        IndicatorDefinition n = IndicatorDefinition.Persons("n", TemporalNature.Stock, "分子");
        ArgumentException missing = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create([rate, n]));
        Assert.Contains("\"d\", which is not defined", missing.Message, StringComparison.Ordinal);

        IndicatorDefinition d = IndicatorDefinition.Rate("d", RegionalRollup.NotAdditive, "另一个率");
        ArgumentException ofRate = Assert.Throws<ArgumentException>(() => IndicatorCatalog.Create([rate, n, d]));
        Assert.Contains("\"d\", which is a rate itself", ofRate.Message, StringComparison.Ordinal);

        IndicatorCatalog ok = IndicatorCatalog.Create([rate, n, IndicatorDefinition.Persons("d", TemporalNature.Stock, "分母")]);
        Assert.Equal(3, ok.Count);
    }

    [Fact]
    public void With_AddsNew_KeepsEqual_RefusesRedefinition()
    {
        IndicatorDefinition mine = IndicatorDefinition.Count("bases-built", CountUnit.Sites, TemporalNature.Cumulative, "基地", englishName: "Bases");
        IndicatorCatalog extended = IndicatorCatalog.BuiltIn.With([mine, IndicatorCatalog.BuiltIn["job-fairs"]]);
        Assert.Equal(IndicatorCatalog.BuiltIn.Count + 1, extended.Count);
        Assert.Same(mine, extended["bases-built"]);

        IndicatorDefinition other = IndicatorDefinition.Persons("job-fairs", TemporalNature.Flow, "招聘会");
        ArgumentException e = Assert.Throws<ArgumentException>(() => IndicatorCatalog.BuiltIn.With([other]));
        Assert.Contains("\"job-fairs\" is already defined as Count (event)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rate_CannotBeSummedOrAFlow()
    {
        ArgumentException sum = Assert.Throws<ArgumentException>(() => IndicatorDefinition.Rate("r", RegionalRollup.Sum, "率"));
        Assert.Equal("rollup", sum.ParamName);
        ArgumentException flow = Assert.Throws<ArgumentException>(() => IndicatorDefinition.Rate("r", RegionalRollup.NotAdditive, "率", nature: TemporalNature.Flow));
        Assert.Equal("nature", flow.ParamName);
        Assert.Throws<ArgumentException>(() => RegionalRollup.Ratio("a", "a"));
    }

    [Fact]
    public void Names_FallBackToSimplified_AndEqualNamesAreNotKept()
    {
        IndicatorDefinition d = IndicatorDefinition.Persons("x", TemporalNature.Flow, "天台", traditionalName: "天台");
        Assert.Null(d.TraditionalName);
        Assert.Equal("天台", d.NameIn(ExplainLanguage.ZhHant));
        Assert.Equal("天台", d.NameIn(ExplainLanguage.English));
        Assert.Throws<ArgumentException>(() => IndicatorDefinition.Persons("x", TemporalNature.Flow, " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorDefinition.Persons("x", (TemporalNature)7, "甲"));
    }

    [Theory]
    [InlineData("urban-new-employment", true)]
    [InlineData("a", true)]
    [InlineData("a1-2b", true)]
    [InlineData("", false)]
    [InlineData("1a", false)]
    [InlineData("A", false)]
    [InlineData("a--b", false)]
    [InlineData("a-", false)]
    [InlineData("a_b", false)]
    [InlineData("城镇", false)]
    [InlineData("ａ", false)]
    public void IsValidCode_Examples(string code, bool valid) => Assert.Equal(valid, IndicatorDefinition.IsValidCode(code));

    private static readonly Gen<string> Word = Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()).ArrayOf().Where(a => a.Length > 0).Select(a => new string(a));

    [Property(MaxTest = 300)]
    public Property GeneratedCodes_AreValid_AndAccepted()
    {
        Gen<string> code = Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
            .SelectMany(first => Word.ListOf().Select(words => string.Join("-", new[] { first + string.Empty }.Concat(words))))
            .Where(c => c.Length <= 64);
        return Prop.ForAll(code.ToArbitrary(), c => IndicatorDefinition.IsValidCode(c) && IndicatorDefinition.Persons(c, TemporalNature.Flow, "甲").Code == c);
    }

    [Property(MaxTest = 500)]
    public Property ArbitraryText_IsValidOnlyWhenItFollowsTheRule_AndNeverThrows(string? text)
    {
        bool expected = text is { Length: > 0 and <= 64 } && text[0] is >= 'a' and <= 'z' && !text.EndsWith('-') && !text.Contains("--", StringComparison.Ordinal)
            && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
        return (IndicatorDefinition.IsValidCode(text) == expected).ToProperty();
    }
}
