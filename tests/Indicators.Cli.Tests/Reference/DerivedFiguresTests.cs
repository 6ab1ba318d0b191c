using System.IO;
using System.Linq;
using Indicators.Cli;
using Indicators.Cli.Reference;
using Xunit;

namespace Indicators.Cli.Tests.Reference;

/// <summary>The worked facts the report does not print, typed in by hand from DESIGN.md.</summary>
public class DerivedFiguresTests
{
    private static DerivedCheck Derived(string id) => ReferenceReportTests.Reproduce().Derived.Single(d => d.Record.Id == id);

    [Fact]
    public void BurdenRelief_TotalIs58Point19Yi_WithBounds()
    {
        DerivedCheck total = Derived("burden-relief-total");
        Assert.Equal("58.19亿元", total.Result.ZhHans);
        Assert.Equal("58.19 × 10⁸ yuan", total.Result.En);
        Assert.Equal("[58.175亿元, 58.205亿元)", total.Bounds!.ZhHans);
        Assert.Equal("[58.175 × 10⁸ yuan, 58.205 × 10⁸ yuan)", total.Bounds.En);
    }

    [Fact]
    public void ReliefPerEnterprise_IsAbout12797Yuan_WithBoundsFromYue()
    {
        DerivedCheck perEnterprise = Derived("relief-per-enterprise");
        Assert.Equal("12796.52元", perEnterprise.Result.ZhHans);
        Assert.Equal("(12740.69…元, 12852.83…元)", perEnterprise.Bounds!.ZhHans);
    }

    [Fact]
    public void SubsidyPerPerson_Is6051Point56()
    {
        DerivedCheck perPerson = Derived("flexible-employment-subsidy-per-person");
        Assert.Equal("6051.56元", perPerson.Result.ZhHans);
        Assert.Contains("6051.557711…元 ≈ 6 051.56 元（四舍五入）", perPerson.Explain.ZhHans, System.StringComparison.Ordinal);
    }

    [Fact]
    public void InterestSubsidy_Is10Point19Percent()
    {
        DerivedCheck share = Derived("interest-subsidy-share");
        Assert.Equal("10.19%", share.Result.ZhHans);
        Assert.Contains("≈ 10.19%（四舍五入）", share.Explain.ZhHans, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MonthlyAllowance_Is158Point75Wan()
    {
        DerivedCheck allowance = Derived("monthly-unemployment-assistance");
        Assert.Equal("158.75万元", allowance.Result.ZhHans);
        Assert.Equal("500 元 × 3 175 人 = 158.75万元", allowance.Explain.ZhHans);
    }

    [Fact]
    public void UnemploymentRate_IsSetAgainstItsCeiling()
    {
        DerivedCheck rate = ReferenceReportTests.Reproduce().Targets.Single(d => d.Record.Id == "registered-urban-unemployment-rate");
        Assert.DoesNotContain(ReferenceReportTests.Reproduce().Derived, d => d.Record.Id == rate.Record.Id);
        Assert.Equal("1.38%", rate.Result.ZhHans);
        Assert.Equal("[1.375%, 1.385%)", rate.Bounds!.ZhHans);
        Assert.Equal("margin = ceiling 3.5% − actual 1.38% = 2.12 percentage points: met", rate.Explain.En);
        Assert.Equal("余量 = 上限 3.5% − 实际 1.38% = 2.12 个百分点：达成", rate.Explain.ZhHans);
    }

    [Fact]
    public void Reproduce_PrintsTheDerivedFigures()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["reproduce"], output, error));
        string text = output.ToString();
        Assert.Contains("58.19亿元", text, System.StringComparison.Ordinal);
        Assert.Contains("12796.52元", text, System.StringComparison.Ordinal);
        Assert.Contains("158.75万元", text, System.StringComparison.Ordinal);
        using var json = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["reproduce", "--json"], json, error));
        Assert.Contains("\"derived\"", json.ToString(), System.StringComparison.Ordinal);
        Assert.Contains("\"id\": \"burden-relief-total\"", json.ToString(), System.StringComparison.Ordinal);
    }
}
