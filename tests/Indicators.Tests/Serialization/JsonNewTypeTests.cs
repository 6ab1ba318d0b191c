using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Serialization;
using Indicators.Targets;
using Indicators.Tests.Support;
using Xunit;

namespace Indicators.Tests.Serialization;

/// <summary>
/// The converters of the types that were written as their getters before (<see cref="PrintedNumber"/>,
/// <see cref="DisplayFormat"/>, <see cref="CountUnit"/>) and the enums, written as their names and read only from them.
/// </summary>
public class JsonNewTypeTests
{
    private static readonly (string Json, Func<object> Value)[] ValidCases =
    [
        ("\"14.64万\"", () => new PrintedNumber(1464, 2, Scale.Wan)),
        ("\"14.640万\"", () => new PrintedNumber(14640, 3, Scale.Wan)),
        ("\"-0.50\"", () => new PrintedNumber(-50, 2, Scale.One)),
        ("\"0\"", () => default(PrintedNumber)),
        ("\"3.8亿\"", () => new PrintedNumber(38, 1, Scale.Yi)),
        ("\"G\"", () => DisplayFormat.Exact),
        ("\"W\"", () => new DisplayFormat(Scale.Wan)),
        ("\"W2\"", () => new DisplayFormat(Scale.Wan, 2)),
        ("\"F0\"", () => new DisplayFormat(Scale.One, 0)),
        ("\"F2 (HalfEven)\"", () => new DisplayFormat(Scale.One, 2, RoundingMode.HalfEven)),
        ("\"Y38 (Ceiling)\"", () => new DisplayFormat(Scale.Yi, 38, RoundingMode.Ceiling)),
        ("\"AtMost\"", () => TargetKind.AtMost),
        ("\"Approximately\"", () => Qualifier.Approximately),
        ("\"Wan\"", () => Scale.Wan),
        ("\"HalfEven\"", () => RoundingMode.HalfEven),
        ("\"Neither\"", () => RoundingConsistency.Neither),
        (
            "{\"code\":\"enterprise\",\"simplified\":\"家\",\"traditional\":\"家\",\"englishSingular\":\"enterprise\",\"englishPlural\":\"enterprises\"}",
            () => CountUnit.Enterprises),
        (
            "{\"code\":\"household\",\"simplified\":\"户\",\"traditional\":\"戶\",\"englishSingular\":\"household\",\"englishPlural\":\"households\"}",
            () => new CountUnit("household", "户", "戶", "household", "households")),
    ];

    /// <summary>The texts of <see cref="ValidCases"/>, strings only: xunit lists each as a test of its own, and no value is built
    /// before a test starts (Stryker, the mutation tester, then sees which test covers the code that builds it).</summary>
    public static TheoryData<string> Valid => new(ValidCases.Select(c => c.Json));

    public static TheoryData<Type, string, string> Invalid => new()
    {
        { typeof(PrintedNumber), "14.64", "number" },
        { typeof(PrintedNumber), "\"14.64万人\"", "PrintedNumber" },
        { typeof(PrintedNumber), "\"\"", "PrintedNumber" },
        { typeof(PrintedNumber), "\"约14\"", "PrintedNumber" },
        { typeof(DisplayFormat), "\"W2 (HalfAwayFromZero)\"", "never named" },
        { typeof(DisplayFormat), "\"W (HalfEven)\"", "exact" },
        { typeof(DisplayFormat), "\"W2 (Banker)\"", "rounding mode" },
        { typeof(DisplayFormat), "\"W2 (HalfEven\"", "')'" },
        { typeof(DisplayFormat), "\"X2\"", "DisplayFormat" },
        { typeof(DisplayFormat), "2", "number" },
        { typeof(CountUnit), "\"enterprise\"", "object" },
        { typeof(CountUnit), "{\"code\":\"enterprise\",\"simplified\":\"户\",\"traditional\":\"戶\",\"englishSingular\":\"household\",\"englishPlural\":\"households\"}", "predefined" },
        { typeof(CountUnit), "{\"code\":\"household\",\"simplified\":\"户\",\"traditional\":\"戶\",\"englishSingular\":\"household\"}", "missing" },
        { typeof(CountUnit), "{\"code\":\"household\",\"simplified\":\" \",\"traditional\":\"戶\",\"englishSingular\":\"household\",\"englishPlural\":\"households\"}", "simplified" },
        { typeof(CountUnit), "{\"code\":\"household\",\"simplified\":\"户\",\"traditional\":\"戶\",\"englishSingular\":\"household\",\"englishPlural\":\"households\",\"x\":1}", "\"x\"" },
        { typeof(TargetKind), "1", "TargetKind" },
        { typeof(TargetKind), "\"1\"", "TargetKind" },
        { typeof(TargetKind), "\"Sideways\"", "TargetKind" },
        { typeof(TargetKind), "null", "TargetKind" },
        { typeof(Qualifier), "\"AtMost, About\"", "Qualifier" },
        { typeof(Qualifier), "\"atMost\"", "Qualifier" },
        { typeof(RoundingConsistency), "\"HalfEven, HalfAwayFromZero\"", "RoundingConsistency" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Valid_ReadsToTheValue_AndIsWhatTheValueWrites(string json)
    {
        object expected = Array.Find(ValidCases, c => c.Json == json).Value();
        Type type = expected.GetType();
        Assert.Equal(expected, JsonSerializer.Deserialize(json, type, JsonTestOptions.Web));
        Assert.Equal(json, JsonSerializer.Serialize(expected, type, JsonTestOptions.Web));
        JsonTypeInfo info = EveryValueContext.Web.GetTypeInfo(type)!;
        Assert.Equal(json, JsonSerializer.Serialize(expected, info));
        Assert.Equal(expected, JsonSerializer.Deserialize(json, info));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_ThrowsJsonException_WithThePath(Type type, string value, string word)
    {
        Type items = typeof(JsonItems<>).MakeGenericType(type);
        string json = "{\"items\":[null,null,{\"amount\":" + value + "}]}";
        JsonException e = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, items, JsonTestOptions.Web));
        Assert.Contains("$.items[2].amount", e.Message, StringComparison.Ordinal);
        Assert.Contains(word, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_SourceGenerated_RefusesNumbersWithThePath()
    {
        JsonException e = Assert.ThrowsAny<JsonException>(
            () => JsonSerializer.Deserialize("{\"items\":[{\"amount\":2}]}", EveryValueContext.Web.JsonItemsTargetKind));
        Assert.Contains("$.items[0].amount", e.Message, StringComparison.Ordinal);
        Assert.Equal("{\"items\":[{\"amount\":\"About\"}]}", JsonSerializer.Serialize(new JsonItems<TargetKind> { Items = [new() { Amount = TargetKind.About }] }, EveryValueContext.Web.JsonItemsTargetKind));
    }

    [Fact]
    public void Enum_UndefinedValue_ThrowsOnWrite() =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize((TargetKind)7, JsonTestOptions.Web));

    [Fact]
    public void Enum_KeysADictionary()
    {
        var byKind = new System.Collections.Generic.Dictionary<TargetKind, int> { [TargetKind.About] = 1 };
        string json = JsonSerializer.Serialize(byKind, JsonTestOptions.Web);
        Assert.Equal("{\"About\":1}", json);
        Assert.Equal(byKind, JsonSerializer.Deserialize<System.Collections.Generic.Dictionary<TargetKind, int>>(json, JsonTestOptions.Web));
    }

    /// <summary>Every public enum of the library carries the name converter (a new enum without it fails here).</summary>
    [Fact]
    public void EveryPublicEnum_HasTheNameConverter()
    {
        Type[] enums = typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum && t != typeof(MarkerPosition)).ToArray();
        Assert.NotEmpty(enums);
        Assert.All(enums, e =>
        {
            JsonConverterAttribute? attribute = e.GetCustomAttribute<JsonConverterAttribute>();
            Assert.NotNull(attribute);
            Assert.Equal(typeof(EnumNameJsonConverter<>).MakeGenericType(e), attribute.ConverterType);
            foreach (object member in Enum.GetValues(e))
            {
                string json = JsonSerializer.Serialize(member, e, JsonTestOptions.Web);
                Assert.Equal("\"" + member + "\"", json);
                Assert.Equal(member, JsonSerializer.Deserialize(json, e, JsonTestOptions.Web));
            }
        });
    }

    [Property(Arbitrary = [typeof(Arbitraries), typeof(NewTypeGenerators)], MaxTest = 300)]
    public bool PrintedNumber_RoundTrips(PrintedNumber number) => RoundTrips(number);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 300)]
    public bool DisplayFormat_RoundTrips(DisplayFormat format) => RoundTrips(format);

    [Fact]
    public void CountUnit_EveryPredefinedUnit_ReadsBackAsItself()
    {
        foreach (CountUnit unit in CountUnit.All)
        {
            CountUnit? back = JsonSerializer.Deserialize<CountUnit>(JsonSerializer.Serialize(unit, JsonTestOptions.Web), JsonTestOptions.Web);
            Assert.Same(unit, back);
        }

        Assert.Null(JsonSerializer.Deserialize<CountUnit>("null", JsonTestOptions.Web));
        Assert.Equal("null", JsonSerializer.Serialize<CountUnit?>(null, JsonTestOptions.Web));
    }

    private static bool RoundTrips<T>(T value)
        where T : IEquatable<T>
    {
        string json = JsonSerializer.Serialize(value, JsonTestOptions.Web);
        Assert.Equal(JsonSerializer.Serialize(value!.ToString(), JsonTestOptions.Web), json);
        Assert.Equal(value, JsonSerializer.Deserialize<T>(json, JsonTestOptions.Web));
        var info = (JsonTypeInfo<T>)EveryValueContext.Web.GetTypeInfo(typeof(T))!;
        Assert.Equal(json, JsonSerializer.Serialize(value, info));
        Assert.Equal(value, JsonSerializer.Deserialize(json, info));
        return true;
    }
}

/// <summary>Printed numbers of any digits that fit, 0 to 38 decimals, every scale.</summary>
public static class NewTypeGenerators
{
    /// <summary>A printed number: digits anywhere in the long range (and a few 128-bit ones), any decimals and scale.</summary>
    public static Arbitrary<PrintedNumber> PrintedNumber() =>
        (from digits in Gen.Frequency(
             (4, Arbitraries.AnyLong.Select(l => (Int128)l)),
             (1, from a in Arbitraries.AnyLong from b in Gen.Choose(1, 1_000_000) select (Int128)a * b * 1_000_000_000))
         from decimals in Gen.Choose(0, 38)
         from scale in Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi)
         select TryPrinted(digits, decimals, scale))
        .Where(p => p.HasValue).Select(p => p!.Value).ToArbitrary();

    private static PrintedNumber? TryPrinted(Int128 digits, int decimals, Scale scale)
    {
        try
        {
            return new PrintedNumber(digits, decimals, scale);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
