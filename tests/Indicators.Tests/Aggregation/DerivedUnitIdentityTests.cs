using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Quantities;
using Indicators.Serialization;
using Xunit;

namespace Indicators.Tests.Aggregation;

/// <summary>A derived unit is equal to another only when the count units they are built on are equal (all five fields).</summary>
public class DerivedUnitIdentityTests
{
    /// <summary>Reads like 家 / enterprises, but is a unit of its own.</summary>
    private static readonly CountUnit Firms = new("firm", "家", "家", "enterprise", "enterprises");

    [Fact]
    public void Of_CountUnitsDifferingInCodeOnly_AreNotEqual()
    {
        Assert.NotEqual(CountUnit.Enterprises, Firms);
        Assert.NotEqual(DerivedUnit.Of(CountUnit.Enterprises), DerivedUnit.Of(Firms));
    }

    [Fact]
    public void Of_CountUnitsDifferingInEnglishSingularOnly_AreNotEqual()
    {
        CountUnit a = new("batch-a", "批", "批", "batch", "batches");
        CountUnit b = new("batch-a", "批", "批", "lot", "batches");
        Assert.NotEqual(a, b);
        Assert.NotEqual(DerivedUnit.Of(a), DerivedUnit.Of(b));
        Assert.NotEqual(DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Of(a)), DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Of(b)));
    }

    [Fact]
    public void Of_EqualCountUnits_AreEqualWithEqualHashes()
    {
        CountUnit a = new("batch-b", "批", "批", "batch", "batches");
        CountUnit b = new("batch-b", "批", "批", "batch", "batches");
        Assert.Equal(DerivedUnit.Of(a), DerivedUnit.Of(b));
        Assert.Equal(DerivedUnit.Of(a).GetHashCode(), DerivedUnit.Of(b).GetHashCode());
    }

    [Fact]
    public void Of_CountOfACustomUnitWithPredefinedNames_IsNotThePredefinedUnit() =>
        Assert.NotEqual(DerivedUnit.Of(CountUnit.Enterprises), DerivedFigure.Of(Count<FirmUnit>.Of(3)).Unit);

    [Fact]
    public void Of_CountOfAPredefinedUnit_IsThatUnit() =>
        Assert.Equal(DerivedUnit.Of(CountUnit.Enterprises), DerivedFigure.Of(Count<Enterprises>.Of(3)).Unit);

    [Fact]
    public void Json_UnitOfACustomCountUnitWithAPredefinedName_IsNotWrittenAsThePredefinedCode() =>
        Assert.Throws<JsonValueException>(() => JsonSerializer.Serialize(DerivedUnit.Of(Firms)));

    [Fact]
    public void Json_PerEnterprise_RoundTrips()
    {
        DerivedUnit unit = DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Of(CountUnit.Enterprises));
        string json = JsonSerializer.Serialize(unit);
        Assert.Equal("{\"kind\":\"PerUnit\",\"amount\":\"yuan\",\"per\":\"enterprise\"}", json);
        Assert.Equal(unit, JsonSerializer.Deserialize<DerivedUnit>(json));
        Assert.Equal(DerivedUnit.Persons, JsonSerializer.Deserialize<DerivedUnit>("{\"kind\":\"Amount\",\"amount\":\"person\"}"));
    }

    [Fact]
    public void IsMoney_OnlyForYuan()
    {
        Assert.True(DerivedUnit.PerUnit(DerivedUnit.Yuan, DerivedUnit.Persons).IsMoney);
        Assert.False(DerivedUnit.Of(new CountUnit("yuan-like", "元", "元", "yuan", "yuan")).IsMoney);
    }

    /// <summary>A marker whose unit reads like the predefined enterprises but has its own code.</summary>
    public sealed class FirmUnit : ICountUnit
    {
        private FirmUnit()
        {
        }

        /// <inheritdoc />
        public static CountUnit Unit => Firms;
    }
}
