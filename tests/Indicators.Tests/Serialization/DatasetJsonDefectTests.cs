using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Indicators.Aggregation;
using Indicators.Catalog;
using Indicators.Periods;
using Indicators.Regions;
using Indicators.Serialization;
using NodaTime;
using Xunit;

namespace Indicators.Tests.Serialization;

/// <summary>Defects a second reviewer found in the dataset format's reader and writer, one test each.</summary>
public class DatasetJsonDefectTests
{
    private const string Minimal = DatasetJsonTests.Minimal;

    private const string WithDerivations = """
        {"format":"indicators-dataset","version":1,"regions":{"asOf":"2020-11-10"},
         "observations":[
          {"indicator":"five-reductions-relief","region":"331000","period":"2020-01-01/P9M","figure":"147.16亿元"},
          {"indicator":"five-reductions-enterprises","region":"331000","period":"2020-01-01/P9M","figure":"0家"}],
         "derived":[
          {"id":"ok","kind":"total","indicators":["five-reductions-relief"],"region":"331000","period":"2020-01-01/P9M","name":"n"},
          {"id":"bad","kind":"perUnit","indicators":["five-reductions-relief","five-reductions-enterprises"],"region":"331000","period":"2020-01-01/P9M","name":"n"}]}
        """;

    // F1: an invalid UTF-8 byte inside a string value of a stream is reported as "expected a JSON array."
    [Fact]
    public void Read_StreamWithInvalidUtf8InAString_DoesNotSayAnArrayWasExpected()
    {
        byte[] good = Encoding.UTF8.GetBytes(Minimal);
        byte[] marker = Encoding.UTF8.GetBytes("165场");
        int at = good.AsSpan().IndexOf(marker);
        byte[] bad = [.. good[..at], 0x31, 0xFF, 0x32, .. good[(at + marker.Length)..]];
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(new MemoryStream(bad)));
        Assert.StartsWith("$.observations[1].figure:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("expected a JSON array", e.Message, StringComparison.Ordinal);
    }

    // F1: an escaped lone surrogate (valid JSON text, invalid UTF-16) is reported as "expected a JSON array/object."
    [Theory]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"\\ud800\"", "$.observations[1].figure:")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"165场\",\"source\":\"\\udc00\"", "$.observations[1].source:")]
    [InlineData("\"figure\":\"165场\"", "\"figure\":\"165场\",\"\\ud800\":1", "$.observations[1]")]
    public void Read_EscapedLoneSurrogate_DoesNotSayAnArrayOrObjectWasExpected(string from, string to, string path)
    {
        string json = Minimal.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("expected a JSON array", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("expected a JSON object", e.Message, StringComparison.Ordinal);
    }

    // F2: a .NET string holding a lone surrogate escapes as ArgumentException. (Not [InlineData]: attribute strings are
    // stored as UTF-8, which turns a lone surrogate into U+FFFD.)
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Read_StringWithALoneSurrogate_ThrowsJsonException(int where)
    {
        string json = where == 0
            ? Minimal.Replace("165场", "165" + (char)0xD800 + "场", StringComparison.Ordinal)
            : Minimal.Replace("\"figure\":\"165场\"", "\"figure\":\"165场\",\"" + (char)0xDC00 + "\":1", StringComparison.Ordinal);
        Assert.NotEqual(Minimal, json);
        Exception e = Record.Exception(() => DatasetJson.Read(json));
        Assert.IsAssignableFrom<JsonException>(e);
        Assert.StartsWith("$", e.Message, StringComparison.Ordinal);
    }

    // F3: a derivation Build refuses is reported at "$.derived", not at its entry.
    [Fact]
    public void Read_DerivationThatCannotBeComputed_NamesItsEntry()
    {
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(WithDerivations));
        Assert.StartsWith("$.derived[1]:", e.Message, StringComparison.Ordinal);
    }

    // F4: docs/datasets.md "Reading what was written gives an equal dataset": a hierarchy of some built-in divisions
    // is written as asOf alone and read back as every division of the country.
    [Fact]
    public void RoundTrip_HierarchyOfSomeBuiltInDivisions_KeepsItsRegions()
    {
        RegionHierarchy all = AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10));
        Assert.True(all.TryGet("330000", out Region? province));
        Assert.True(all.TryGet("331000", out Region? city));
        RegionHierarchy two = RegionHierarchy.Empty.With([province, city]);
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, two);
        builder.Add("job-fairs", "331000", ReportingPeriod.Year(2020), "5场");
        Dataset d = builder.Build();
        Dataset back = DatasetJson.Read(DatasetJson.ToJson(d));
        Assert.Equal(["330000", "331000"], back.Regions.Regions.Select(r => r.Id).ToArray());
    }

    // F5: the writer replaces a lone surrogate with U+FFFD: the title read back is not the title written.
    [Fact]
    public void ToJson_TitleWithALoneSurrogate_IsRefusedOrKept()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10))) { Title = "t\uD800" };
        builder.Add("job-fairs", "331000", ReportingPeriod.Year(2020), "5场");
        Dataset d = builder.Build();
        string json;
        try
        {
            json = DatasetJson.ToJson(d);
        }
        catch (ArgumentException)
        {
            return; // refusing it, naming the field, is right too
        }

        Assert.Equal(d.Title, DatasetJson.Read(json).Title);
    }

    // F6: DatasetBuilder.RegionsAsOf takes any date; ToJson/Write (documented to throw only ArgumentNullException)
    // then throw ArgumentOutOfRangeException from AdministrativeDivisions.AsOf.
    [Fact]
    public void ToJson_RegionsAsOfBeforeTheBuiltInLists_DoesNotThrowFromTheWriter()
    {
        var builder = new DatasetBuilder(IndicatorCatalog.BuiltIn, AdministrativeDivisions.AsOf(new LocalDate(2020, 11, 10)));
        builder.Add("job-fairs", "331000", ReportingPeriod.Year(2020), "5场");
        Exception? set = Record.Exception(() => builder.RegionsAsOf = new LocalDate(1970, 1, 1));
        if (set is not null)
        {
            return; // the builder refusing the date is a fix too
        }

        Dataset d = builder.Build();
        Exception? written = Record.Exception(() => DatasetJson.ToJson(d));
        Assert.Null(written);
    }

    // F7: the string overload refuses a byte order mark that the stream overload skips.
    [Fact]
    public void Read_ByteOrderMark_IsTreatedAlikeByBothOverloads()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Minimal)];
        bool stream = Record.Exception(() => DatasetJson.Read(new MemoryStream(bytes))) is null;
        bool text = Record.Exception(() => DatasetJson.Read("\uFEFF" + Minimal)) is null;
        Assert.Equal(stream, text);
    }

    // F8: a JsonException from the stream itself (no line) gives "(line , byte )".
    [Fact]
    public void Read_StreamThrowingJsonException_HasNoEmptyLineAndByte()
    {
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(new FailingStream(new JsonException("from the stream"))));
        Assert.DoesNotContain("(line , byte )", e.Message, StringComparison.Ordinal);
    }

    // F11 (pre-existing, reached through the reader): a year before 1 is printed as its year of era.
    [Fact]
    public void Read_AsOfBeforeYearOne_NamesTheYearGiven()
    {
        string json = Minimal.Replace("\"asOf\":\"2020-11-10\"", "\"asOf\":\"-0001-01-01\"", StringComparison.Ordinal);
        JsonException e = Assert.Throws<JsonException>(() => DatasetJson.Read(json));
        Assert.StartsWith("$.regions.asOf:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("got 0002-01", e.Message, StringComparison.Ordinal);
    }

    private sealed class FailingStream(Exception error) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw error;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
