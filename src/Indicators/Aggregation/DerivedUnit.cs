using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Indicators.Quantities;
using Indicators.Quantities.Figures;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// What a <see cref="DerivedFigure"/> measures, and the unit its value and bounds are in: 元 (not fen) for money, persons,
/// enterprises or another counted unit, 元 per enterprise or per person for an average, percent for a share or a rate,
/// percentage points for a difference of rates.
/// </summary>
/// <remarks>Units are equal when they are of the same kind and measure the same things: 元 or persons, or counted units
/// that are equal as <see cref="CountUnit"/>s (all five fields, the code included), so that unequal count units never give
/// equal derived units. Instances are immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.DerivedUnitJsonConverter))]
public sealed class DerivedUnit : IEquatable<DerivedUnit>
{
    private static readonly UnitText NoText = new(string.Empty, string.Empty, string.Empty, string.Empty);
    private static readonly UnitText YuanText = new("元", "元", "yuan", "yuan");
    private static readonly UnitText PercentText = new("%", "%", "%", "%");
    private static readonly UnitText PointsText = new("个百分点", "個百分點", "percentage point", "percentage points");

    private const string YuanCode = "yuan";
    private const string PersonCode = "person";

    private readonly UnitText? per;

    /// <summary>What the amount is: <see cref="YuanCode"/>, <see cref="PersonCode"/>, a <see cref="CountUnit"/>, or
    /// <c>null</c> for no amount or a quantity of the caller's own (then compared by <see cref="Text"/>).</summary>
    private readonly object? amountIdentity;

    /// <summary>What the amount is per, as <see cref="amountIdentity"/>; <c>null</c> when it is per nothing.</summary>
    private readonly object? perIdentity;

    private DerivedUnit(DerivedKind kind, UnitText text, object? amountIdentity, UnitText? per = null, object? perIdentity = null)
    {
        Kind = kind;
        Text = text;
        this.amountIdentity = amountIdentity;
        this.per = per;
        this.perIdentity = perIdentity;
    }

    /// <summary>No unit: a bare number.</summary>
    public static DerivedUnit None { get; } = new(DerivedKind.Number, NoText, null);

    /// <summary>Money, in 元.</summary>
    public static DerivedUnit Yuan { get; } = new(DerivedKind.Amount, YuanText, YuanCode);

    /// <summary>Persons (人).</summary>
    public static DerivedUnit Persons { get; } = new(DerivedKind.Amount, Headcount.PersonText, PersonCode);

    /// <summary>A share of a whole, in percent.</summary>
    public static DerivedUnit Share { get; } = new(DerivedKind.Share, PercentText, null);

    /// <summary>A rate, in percent.</summary>
    public static DerivedUnit Rate { get; } = new(DerivedKind.Rate, PercentText, null);

    /// <summary>A difference of rates, in percentage points.</summary>
    public static DerivedUnit Points { get; } = new(DerivedKind.Points, PointsText, null);

    /// <summary>What is measured.</summary>
    public DerivedKind Kind { get; }

    /// <summary>Whether the amount measured is money (in 元), alone or per counted unit.</summary>
    public bool IsMoney => YuanCode.Equals(amountIdentity);

    /// <summary>The text written after a number of this unit: 元 for money per enterprise too.</summary>
    internal UnitText Text { get; }

    /// <summary>Things counted in <paramref name="unit"/>.</summary>
    /// <param name="unit">The counted unit (家, 个 …).</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static DerivedUnit Of(CountUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(DerivedKind.Amount, unit.Text, unit);
    }

    /// <summary>An amount of <paramref name="amount"/> for each <paramref name="counted"/>: 元 per enterprise.</summary>
    /// <param name="amount">What is shared: an <see cref="DerivedKind.Amount"/>.</param>
    /// <param name="counted">What it is shared among: an <see cref="DerivedKind.Amount"/>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is not an amount.</exception>
    public static DerivedUnit PerUnit(DerivedUnit amount, DerivedUnit counted)
    {
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(counted);
        if (amount.Kind != DerivedKind.Amount || counted.Kind != DerivedKind.Amount)
        {
            throw new ArgumentException($"An amount per unit divides an amount by a count; got {amount} per {counted}.", amount.Kind != DerivedKind.Amount ? nameof(amount) : nameof(counted));
        }

        return new(DerivedKind.PerUnit, amount.Text, amount.amountIdentity, counted.Text, counted.amountIdentity);
    }

    /// <summary>The name of the unit: "元", "元/家" or "yuan per enterprise", "人" or "persons", "%", "个百分点".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name; empty for <see cref="None"/>.</returns>
    public string Name(ExplainLanguage language)
    {
        FigureLanguage figure = FigureLanguageOf(language);
        string amount = Text.For(figure, singular: false);
        return per is null
            ? amount
            : language == ExplainLanguage.English ? $"{amount} per {per.EnglishSingular}" : $"{amount}/{per.For(figure, singular: false)}";
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] DerivedUnit? other) =>
        other is not null && Kind == other.Kind
        && Same(amountIdentity, Text, other.amountIdentity, other.Text)
        && (per is null ? other.per is null : other.per is not null && Same(perIdentity, per, other.perIdentity, other.per));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as DerivedUnit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, amountIdentity ?? Text.Hans, perIdentity ?? per?.Hans);

    /// <summary>The simplified-Chinese name: "元/家"; "number" for <see cref="None"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Kind == DerivedKind.Number ? "number" : Name(ExplainLanguage.ZhHans);

    /// <summary>The unit of <paramref name="sample"/>'s quantity, in the unit its figures are printed in (元, not fen).</summary>
    internal static DerivedUnit Of<T>(T sample)
        where T : struct, IQuantity<T>
    {
        if (typeof(T) == typeof(Money))
        {
            return Yuan;
        }

        if (typeof(T) == typeof(Headcount) || typeof(T) == typeof(HeadcountChange))
        {
            return Persons;
        }

        if (sample is UnitCount count)
        {
            return count.Unit is CountUnit unit ? Of(unit) : None;
        }

        if (sample is ICountedQuantity counted)
        {
            return Of(counted.CountedUnit); // a Count<TUnit>
        }

        // A quantity of the caller's own: the names its figures print after the number, compared as text.
        string hans = UnitName(sample, CultureInfo.InvariantCulture);
        string english = UnitName(sample, CultureInfo.GetCultureInfo("en-US"));
        return new(DerivedKind.Amount, new UnitText(hans, UnitName(sample, CultureInfo.GetCultureInfo("zh-Hant")), english, english), null);
    }

    /// <summary>The code of the amount's unit ("yuan", "person" or a predefined <see cref="CountUnit.Code"/>), or
    /// <c>null</c> for a number, share, rate or points, or for a unit of the caller's own.</summary>
    internal string? AmountCode => Kind is DerivedKind.Amount or DerivedKind.PerUnit ? CodeOf(amountIdentity) : null;

    /// <summary>The code of the unit an amount is per ("enterprise"), or <c>null</c>.</summary>
    internal string? PerCode => per is null ? null : CodeOf(perIdentity);

    /// <summary>Whether the codes describe this unit fully, so that <see cref="FromCodes"/> gives it back.</summary>
    internal bool HasCodes => Kind switch
    {
        DerivedKind.Amount => AmountCode is not null,
        DerivedKind.PerUnit => AmountCode is not null && PerCode is not null,
        _ => true,
    };

    /// <summary>The unit of a kind and its codes (see <see cref="AmountCode"/>), or <c>null</c> when they name none.</summary>
    internal static DerivedUnit? FromCodes(DerivedKind kind, string? amount, string? per)
    {
        DerivedUnit? Named(string? code) => code switch
        {
            null => null,
            YuanCode => Yuan,
            PersonCode => Persons,
            _ => FindCountUnit(code) is CountUnit unit ? Of(unit) : null,
        };

        return kind switch
        {
            DerivedKind.Number when amount is null && per is null => None,
            DerivedKind.Share when amount is null && per is null => Share,
            DerivedKind.Rate when amount is null && per is null => Rate,
            DerivedKind.Points when amount is null && per is null => Points,
            DerivedKind.Amount when per is null => Named(amount),
            DerivedKind.PerUnit when Named(amount) is DerivedUnit a && Named(per) is DerivedUnit b => PerUnit(a, b),
            _ => null,
        };
    }

    /// <summary>The written form of figures in <paramref name="language"/>.</summary>
    internal static FigureLanguage FigureLanguageOf(ExplainLanguage language) => language switch
    {
        ExplainLanguage.English => FigureLanguage.English,
        ExplainLanguage.ZhHant => FigureLanguage.Hant,
        _ => FigureLanguage.Hans,
    };

    private static string UnitName<T>(T sample, CultureInfo culture)
        where T : struct, IQuantity<T>
    {
        string text = (sample - sample).ToString("G", culture);
        return PrintedNumber.TryRead(text, out _, out int length) ? text[length..].Trim() : text;
    }

    /// <summary>The code of a unit's identity: "yuan", "person" or the code of a predefined <see cref="CountUnit"/> (one
    /// equal to it in every field); <c>null</c> for a count unit of the caller's own, which reading could not resolve.</summary>
    private static string? CodeOf(object? identity) => identity switch
    {
        string code => code,
        CountUnit unit when FindCountUnit(unit.Code) == unit => unit.Code,
        _ => null,
    };

    private static CountUnit? FindCountUnit(string code) => CountUnit.TryGetPredefined(code, out CountUnit? unit) ? unit : null;

    /// <summary>Whether two units are the same: by identity when either has one, else (no amount, or quantities of the
    /// caller's own) by their names.</summary>
    private static bool Same(object? a, UnitText aText, object? b, UnitText bText) =>
        a is null && b is null
            ? aText.Hans == bText.Hans && aText.Hant == bText.Hant && aText.EnglishPlural == bText.EnglishPlural
            : Equals(a, b);
}
