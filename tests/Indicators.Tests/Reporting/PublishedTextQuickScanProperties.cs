using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Xunit;

namespace Indicators.Tests.Reporting;

/// <summary>
/// The quick scan of a published figure's number (<c>PublishedText.TryReadPrinted</c>, 64-bit arithmetic for up to 18 plain
/// digits) reads what the full grammar of printed numbers (<see cref="PrintedNumber"/>'s) reads: the same verdict, the same
/// length, the same digits, decimals and scale, on text made of the pieces of numbers: digit runs on both sides of 18
/// digits and of 10²⁵, signs, decimal points, thousands separators, spaces, scale markers and what may follow them.
/// </summary>
public class PublishedTextQuickScanProperties
{
    public sealed record NumberLikeText(string Text)
    {
        public override string ToString() => "\"" + Text + "\"";
    }

    private static readonly string[] Pieces =
    [
        "-", "−", "－", "+", "＋", ".", "．", ",", "，", ",000", "，000", " 000", "\u00A0000", "\u2009000", "\u202F000",
        " ", "\t", "\u00A0", "\u2009", "\u202F", "\u3000", "万", "萬", "亿", "億", "万亿", "萬億", "万 亿", "×", "× 10⁴",
        "×10^8", "× 10¹²", "×10⁵", "人", "元", "%", "多", "/", "e", "１２", "０", "٣",
    ];

    private static Gen<string> DigitRun =>
        Gen.OneOf(
            Gen.Choose(1, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(Join),
            Gen.Choose(15, 21).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(Join),
            Gen.Choose(17, 20).Select(n => new string('9', n)),
            Gen.Choose(24, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n)).Select(Join));

    private static string Join(int[] digits) => string.Concat(digits.Select(d => (char)('0' + d)));

    public static Arbitrary<NumberLikeText> Texts() =>
        Gen.Choose(0, 7)
            .SelectMany(n => Gen.ArrayOf(Gen.Frequency((3, DigitRun), (4, Gen.Elements(Pieces))), n))
            .Select(parts => new NumberLikeText(string.Concat(parts)))
            .ToArbitrary();

    [Property(Arbitrary = [typeof(PublishedTextQuickScanProperties)], MaxTest = 20000)]
    public void QuickScan_ReadsWhatTheFullGrammarReads(NumberLikeText text)
    {
        bool quick = PublishedText.TryReadPrinted(text.Text, out PublishedText.Printing scanned, out int scannedLength);
        bool full = PrintedNumber.TryRead(text.Text, out PrintedNumber read, out int readLength);
        Assert.Equal(full, quick);
        Assert.Equal(readLength, scannedLength);
        Assert.Equal(full ? new PublishedText.Printing(read.Digits, read.Decimals, read.Scale) : default, scanned);
    }

    [Theory]
    [InlineData("999999999999999999人", "999999999999999999", 0, Scale.One, 18)]
    [InlineData("9999999999999999999人", "9999999999999999999", 0, Scale.One, 19)]
    [InlineData("-12.5万人", "-125", 1, Scale.Wan, 6)]
    [InlineData("+12 万亿元", "12", 0, Scale.WanYi, 6)]
    [InlineData("1,234万", "1234", 0, Scale.Wan, 6)]
    [InlineData("3 × 10⁴人", "3", 0, Scale.Wan, 7)]
    public void QuickScan_AtItsLimits(string text, string digits, int decimals, Scale scale, int length)
    {
        Assert.True(PublishedText.TryReadPrinted(text, out PublishedText.Printing scanned, out int scannedLength));
        Assert.Equal(
            (Int128.Parse(digits, System.Globalization.CultureInfo.InvariantCulture), decimals, scale, length),
            (scanned.Numerator, scanned.Decimals, scanned.Scale, scannedLength));
    }
}
