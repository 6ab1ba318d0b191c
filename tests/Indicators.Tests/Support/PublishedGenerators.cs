using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Tests.Support;

/// <summary>Text that looks like a published figure: markers, digits (runs of any length), scales, units and any Unicode.</summary>
/// <param name="Text">The text.</param>
public readonly record struct PublishedLikeText(string Text);

/// <summary>One published figure of some quantity type, with a way to read its own text back.</summary>
/// <param name="Figure">The figure (a <see cref="PublishedFigure{T}"/> or a <see cref="PublishedRate"/>), boxed.</param>
/// <param name="Reparse">Reads <see cref="Figure"/>'s text back into the same type, boxed.</param>
public sealed record AnyPublished(object Figure, Func<string, object> Reparse)
{
    /// <summary>The figure's text.</summary>
    public override string ToString() => Figure.ToString() ?? string.Empty;
}

/// <summary>FsCheck generators for published figures and published-figure-like text.</summary>
public static class PublishedGenerators
{
    private static readonly string[] Pieces =
    [
        "约", "約", "大约", "左右", "上下", "近", "将近", "不到", "不足", "不超过", "以下", "以内", "低于", "至少", "以上", "逾", "超", "超过",
        "多于", "高于", "多", "余", "餘", "预计", "初步", "快报", "估计", "万", "萬", "亿", "億", "× 10⁴", "×10⁸", "人", "名", "位", "家", "个",
        "元", "%", "％", "人次", ".", "．", ",", "-", "+", "−", "/", " ", "\u3000", "0", "1", "5", "9", "０", "１", "٣", "\uD83D\uDE00", "\uD800",
    ];

    /// <summary>Pieces of published figures, digit runs of up to 200 digits, runs of zeros ("1.000…0人"), and arbitrary
    /// characters, joined.</summary>
    public static Arbitrary<PublishedLikeText> PublishedLikeText()
    {
        Gen<string> digitRun = from n in Gen.Frequency((3, Gen.Choose(1, 25)), (2, Gen.Choose(26, 45)), (1, Gen.Choose(46, 200)))
                               from digits in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), n)
                               select new string(digits);
        Gen<string> zeroRun = Gen.Choose(1, 60).Select(n => new string('0', n));
        Gen<string> anyChar = Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString());
        Gen<string> piece = Gen.Frequency((5, Gen.Elements(Pieces)), (3, digitRun), (2, zeroRun), (1, anyChar));
        return (from n in Gen.Choose(0, 8)
                from parts in Gen.ArrayOf(piece, n)
                select new PublishedLikeText(string.Concat(parts))).ToArbitrary();
    }

    /// <summary>A published figure of every type (money, headcounts, changes, typed and run-time counts, rates), every
    /// qualifier, inclusiveness and status, positive, negative or zero where the type allows.</summary>
    public static Arbitrary<AnyPublished> AnyPublished()
    {
        Gen<long> digits = Gen.Frequency(
            (3, Gen.Choose(-100_000, 100_000).Select(i => (long)i)),
            (2, Arbitraries.SignedLong.Select(v => v % 100_000_000L)),
            (1, Gen.Elements(0L, 1L, -1L, 10L, 3000L, 1100L, -3000L)));
        Gen<AnyPublished> figure =
            from kind in Gen.Choose(0, 5)
            from d in digits
            from scale in Gen.Elements(Scale.One, Scale.Wan, Scale.Yi, Scale.WanYi)
            from decimalsSeed in Gen.Choose(0, 64)
            from qualifier in Gen.Elements(Enum.GetValues<Qualifier>())
            from inclusive in Gen.Elements(true, false)
            from status in Gen.Elements(Enum.GetValues<FigureStatus>())
            select kind switch
            {
                0 => Build(Headcount.FromPersons, d, scale, decimalsSeed, qualifier, inclusive, status),
                1 => Build(HeadcountChange.FromPersons, d, scale, decimalsSeed, qualifier, inclusive, status),
                2 => Build(Money.FromFen, d, scale, decimalsSeed, qualifier, inclusive, status),
                3 => Build(Count<Enterprises>.Of, d, scale, decimalsSeed, qualifier, inclusive, status),
                4 => Build(v => new UnitCount(v, CountUnit.Enterprises), d, scale, decimalsSeed, qualifier, inclusive, status),
                _ => Rate(d, decimalsSeed % 7, qualifier, inclusive, status),
            };
        return figure.ToArbitrary();
    }

    /// <summary>
    /// A figure of <typeparamref name="T"/> printed with <paramref name="digits"/> at a precision it can print exactly:
    /// decimals never finer than the base unit, and never a figure that stands for nothing ("不到0人").
    /// </summary>
    private static AnyPublished Build<T>(Func<long, T> fromBaseUnits, long digits, Scale scale, int decimalsSeed, Qualifier qualifier, bool inclusive, FigureStatus status)
        where T : struct, IQuantity<T>
    {
        int decimals = decimalsSeed % ((int)scale + T.BaseUnitExponent + 1);
        if (!T.IsSigned)
        {
            digits = Math.Abs(digits);
            if (qualifier == Qualifier.AtMost && !inclusive && digits == 0)
            {
                digits = 1;
            }
        }

        // In 万亿 a last digit may be worth up to 10¹⁴ fen: digits whose value leaves the long range are taken modulo the
        // largest count of steps that fits, so that every figure is valid (and the whole range is still reached).
        BigInteger step = BigInteger.Pow(10, (int)scale + T.BaseUnitExponent - decimals);
        if (BigInteger.Abs(digits * step) > long.MaxValue)
        {
            digits %= (long)(long.MaxValue / step) + 1;
        }

        long baseUnits = (long)(digits * step);
        PublishedFigure<T> figure = PublishedFigure.Of(fromBaseUnits(baseUnits), new DisplayFormat(scale, decimals), qualifier, inclusive, status);
        return new AnyPublished(figure, text => PublishedFigure.Parse<T>(text));
    }

    private static AnyPublished Rate(long digits, int decimals, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        Percent value = Percent.FromRatio(new Ratio(digits, (Int128)BigInteger.Pow(10, decimals + 2)));
        return new AnyPublished(PublishedRate.Of(value, decimals, qualifier, inclusive, status), text => PublishedRate.Parse(text));
    }
}
