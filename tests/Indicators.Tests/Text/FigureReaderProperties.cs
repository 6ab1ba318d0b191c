using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Tests.Support;
using Indicators.Text;

namespace Indicators.Tests.Text;

/// <summary>A published figure of one of the types the reader gives, with the reading that gets it back.</summary>
public sealed record FigureToEmbed(object Figure, Func<FigureInContext, object?> Get)
{
    /// <summary>The figure's text.</summary>
    public override string ToString() => Figure.ToString() ?? string.Empty;
}

/// <summary>Generators for the reader's properties.</summary>
public static class FigureReaderGenerators
{
    /// <summary>Phrases before a figure, of our own: none ends in a character that would join a marker of the figure
    /// (最近, 签约), and none holds a status marker.</summary>
    private static readonly string[] Before = ["本期统计，全市共", "数据显示为", "其中", "合计", "全區總數為", "截至本月底累计达", "", "。"];

    /// <summary>Phrases after a figure, of our own.</summary>
    private static readonly string[] After = ["。", "，同比持平。", "，其中女性占多数。", "；", "", "，較上月增加。"];

    /// <summary>Figures of money, headcounts, counts of enterprises and rates, with every qualifier, inclusiveness and
    /// status, positive, negative (money, rates) or zero, printed at every precision they can be.</summary>
    public static Arbitrary<FigureToEmbed> Figures()
    {
        Gen<long> digits = Gen.Frequency(
            (3, Gen.Choose(0, 100_000).Select(i => (long)i)),
            (2, Arbitraries.SignedLong.Select(v => Math.Abs(v % 100_000_000L))),
            (1, Gen.Elements(0L, 1L, 10L, 3000L, 1100L, 8000L)));
        return (from kind in Gen.Choose(0, 3)
                from d in digits
                from negative in Gen.Elements(false, false, true)
                from scale in Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi)
                from decimalsSeed in Gen.Choose(0, 64)
                from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
                from inclusive in Gen.Elements(true, false)
                from status in Gen.Elements(Enum.GetValues<FigureStatus>())
                select kind switch
                {
                    0 => Build(Money.FromFen, negative ? -d : d, scale, decimalsSeed, qualifier, inclusive, status, f => f.TryGetMoney(out PublishedFigure<Money> m) ? m : null),
                    1 => Build(Headcount.FromPersons, d, scale, decimalsSeed, qualifier, inclusive, status, f => f.TryGetHeadcount(out PublishedFigure<Headcount> h) ? h : null),
                    2 => Build(Count<Enterprises>.Of, d, scale, decimalsSeed, qualifier, inclusive, status, f => f.TryGetCount<Enterprises>(out PublishedFigure<Count<Enterprises>> c) ? c : null),
                    _ => Rate(negative ? -d : d, decimalsSeed % 7, qualifier, inclusive, status),
                }).ToArbitrary();
    }

    /// <summary>A figure's text embedded between phrases of our own.</summary>
    public static Arbitrary<(string Before, string After)> Context() =>
        (from before in Gen.Elements(Before)
         from after in Gen.Elements(After)
         select (before, after)).ToArbitrary();

    private static FigureToEmbed Build<T>(
        Func<long, T> fromBaseUnits, long digits, Scale scale, int decimalsSeed, Qualifier qualifier, bool inclusive, FigureStatus status, Func<FigureInContext, object?> get)
        where T : struct, IQuantity<T>
    {
        int decimals = decimalsSeed % ((int)scale + T.BaseUnitExponent + 1);
        if (qualifier == Qualifier.AtMost && !inclusive && digits == 0 && !T.IsSigned)
        {
            digits = 1;
        }

        // In 万亿 a last digit may be worth up to 10¹⁴ fen: digits whose value leaves the long range are taken modulo the
        // largest count of steps that fits, so that every figure is valid.
        System.Numerics.BigInteger step = System.Numerics.BigInteger.Pow(10, (int)scale + T.BaseUnitExponent - decimals);
        if (System.Numerics.BigInteger.Abs(digits * step) > long.MaxValue)
        {
            digits %= (long)(long.MaxValue / step) + 1;
        }

        long baseUnits = (long)(digits * step);
        return new FigureToEmbed(PublishedFigure.Of(fromBaseUnits(baseUnits), new DisplayFormat(scale, decimals), qualifier, inclusive, status), get);
    }

    private static FigureToEmbed Rate(long digits, int decimals, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        Percent value = Percent.FromRatio(new Ratio(digits, (Int128)System.Numerics.BigInteger.Pow(10, decimals + 2)));
        return new FigureToEmbed(PublishedRate.Of(value, decimals, qualifier, inclusive, status), f => f.TryGetRate(out PublishedRate r) ? r : null);
    }
}

/// <summary>The reader never throws from a <c>Try</c> method, and reads back what the library writes, in any context.</summary>
public class FigureReaderProperties
{
    private static readonly System.Buffers.SearchValues<char> NumberStarts = System.Buffers.SearchValues.Create("0123456789-−");

    [Property(MaxTest = 1000)]
    public bool TryRead_ArbitraryText_NeverThrows(string? text, int index, int start, int length)
    {
        FigureReader.TryRead(text, index, out _);
        FigureReader.TryRead(text, start, length, out _);
        if (!string.IsNullOrEmpty(text))
        {
            for (int i = 0; i < text.Length; i++)
            {
                FigureReader.TryRead(text, i, out _);
            }

            FigureReader.TryRead(text, 0, text.Length, out _);
        }

        return true;
    }

    [Property(Arbitrary = [typeof(PublishedGenerators)], MaxTest = 1000)]
    public bool TryRead_FigureLikeText_NeverThrows_AndReadThrowsOnlyFormatException(PublishedLikeText piece)
    {
        string text = "其中预计" + piece.Text + "，控制在" + piece.Text + "的目标以内近" + piece.Text + "多";
        for (int i = 0; i < text.Length; i++)
        {
            bool ok = FigureReader.TryRead(text, i, out FigureInContext? figure);
            try
            {
                FigureInContext read = FigureReader.Read(text, i);
                if (!ok || read != figure)
                {
                    return false;
                }
            }
            catch (FormatException)
            {
                if (ok)
                {
                    return false;
                }
            }

            if (ok && (figure!.Start < 0 || figure.Start + figure.Length > text.Length || figure.Start > i || figure.Start + figure.Length <= i))
            {
                return false; // the figure's span holds its number
            }
        }

        return true;
    }

    [Property(Arbitrary = [typeof(FigureReaderGenerators)], MaxTest = 1000)]
    public bool AFigureWrittenByTheLibrary_ReadsBack_InAnyContext(FigureToEmbed figure, (string Before, string After) context)
    {
        string written = figure.Figure.ToString()!;
        string text = context.Before + written + context.After;
        int number = context.Before.Length + written.AsSpan().IndexOfAny(NumberStarts);
        return FigureReader.TryRead(text, number, out FigureInContext? read)
            && figure.Get(read!) is object back && back.Equals(figure.Figure)
            && read.Start == context.Before.Length && read.Length == written.Length
            && !read.IsUnitInferred && read.Findings.Count == 0;
    }
}
