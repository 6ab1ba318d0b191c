using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Utility;

namespace Indicators.Targets;

/// <summary>Creates <see cref="QuantityTarget{T}"/> values with the quantity type inferred.</summary>
public static class QuantityTarget
{
    /// <summary>A floor (预期目标, "新增就业20000人以上"): met when the actual is at least <paramref name="floor"/> (or above it,
    /// when not inclusive). The only kind with a completion rate.</summary>
    /// <typeparam name="T">The quantity: <see cref="Money"/>, <see cref="Headcount"/>, a <see cref="Count{TUnit}"/> or a <see cref="UnitCount"/>.</typeparam>
    /// <param name="floor">The floor; greater than zero, since the completion rate divides by it.</param>
    /// <param name="inclusive">Whether the floor itself meets the target (至少, 以上) or not (超过, 高于).</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="floor"/> is zero or negative.</exception>
    public static QuantityTarget<T> AtLeast<T>(T floor, bool inclusive = true)
        where T : struct, IQuantity<T> => QuantityTarget<T>.Create(TargetKind.AtLeast, floor, default, inclusive);

    /// <summary>A ceiling (控制目标, "控制在35000人以内"): met when the actual is at most <paramref name="ceiling"/> (or below
    /// it, when not inclusive). A ceiling is met or not, with headroom; it never has a completion rate.</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="ceiling">The ceiling; zero too ("零事故": at most 0 events).</param>
    /// <param name="inclusive">Whether the ceiling itself meets the target (以内, 不超过) or not (低于, 不到).</param>
    /// <returns>The target.</returns>
    public static QuantityTarget<T> AtMost<T>(T ceiling, bool inclusive = true)
        where T : struct, IQuantity<T> => QuantityTarget<T>.Create(TargetKind.AtMost, ceiling, default, inclusive);

    /// <summary>A level: met when the actual lies within <paramref name="tolerance"/> of <paramref name="level"/>, both ends
    /// included (20000人±500人 is met by 19 500 to 20 500 persons).</summary>
    /// <typeparam name="T">The quantity.</typeparam>
    /// <param name="level">The level.</param>
    /// <param name="tolerance">How far off still meets the target; not negative, and (for <see cref="UnitCount"/>) of the
    /// unit of <paramref name="level"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative.</exception>
    /// <exception cref="ArgumentException">The two are counted in different units (<see cref="UnitCount"/>).</exception>
    public static QuantityTarget<T> About<T>(T level, T tolerance)
        where T : struct, IQuantity<T> => QuantityTarget<T>.Create(TargetKind.About, level, tolerance, inclusive: true);
}

// The static Parse and TryParse on this generic type are what ISpanParsable<T> requires.
#pragma warning disable CA1000

/// <summary>
/// A target for a quantity (an amount of money, a headcount, a count): a floor ("20000人以上"), a ceiling ("控制在35000人以内")
/// or a level with a tolerance ("20000人±500人"). Create one with <see cref="QuantityTarget.AtLeast"/>,
/// <see cref="QuantityTarget.AtMost"/> or <see cref="QuantityTarget.About"/>; <see cref="Evaluate(T)"/> sets an actual
/// against it.
/// </summary>
/// <typeparam name="T">The quantity: <see cref="Money"/>, <see cref="Headcount"/>, a <see cref="Count{TUnit}"/> or a <see cref="UnitCount"/>.</typeparam>
/// <remarks>
/// <para>Only a floor has a completion rate (DESIGN rule 9); a ceiling or a level is met or not, by a margin.</para>
/// <para><c>default</c> is the ceiling zero, "0人以内" (a floor of zero would have no completion rate). This type is an
/// immutable value type and is thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(Indicators.Serialization.QuantityTargetJsonConverterFactory))]
public readonly struct QuantityTarget<T> : IEquatable<QuantityTarget<T>>, ISpanParsable<QuantityTarget<T>>, IEqualityOperators<QuantityTarget<T>, QuantityTarget<T>, bool>
    where T : struct, IQuantity<T>
{
    private static readonly (string Marker, bool Before, TargetKind Kind, bool Inclusive)[] Markers =
    [
        ("以上", false, TargetKind.AtLeast, true),
        ("超过", true, TargetKind.AtLeast, false),
        ("以内", false, TargetKind.AtMost, true),
        ("低于", true, TargetKind.AtMost, false),
    ];

    private readonly byte code; // 0 at most, 1 at least, 2 about: so that default is the ceiling zero
    private readonly bool strict; // stored negated so that default is inclusive

    private QuantityTarget(TargetKind kind, T value, T tolerance, bool inclusive)
    {
        code = kind switch { TargetKind.AtMost => 0, TargetKind.AtLeast => 1, _ => 2 };
        Value = value;
        Tolerance = tolerance;
        strict = !inclusive;
    }

    /// <summary>What the target asks for.</summary>
    public TargetKind Kind => code switch { 0 => TargetKind.AtMost, 1 => TargetKind.AtLeast, _ => TargetKind.About };

    /// <summary>The floor, the ceiling or the level.</summary>
    public T Value { get; }

    /// <summary>For a level: how far from <see cref="Value"/> still meets it (both ends included); zero otherwise.</summary>
    public T Tolerance { get; }

    /// <summary>Which way is better: higher for a floor, lower for a ceiling, nearer for a level.</summary>
    public Polarity Polarity => Kind switch
    {
        TargetKind.AtLeast => Polarity.HigherIsBetter,
        TargetKind.AtMost => Polarity.LowerIsBetter,
        _ => Polarity.NearerIsBetter,
    };

    /// <summary>Whether an actual exactly at <see cref="Value"/> (or at the edge of the tolerance) meets the target:
    /// "35000人以内" and "20000人以上" include it, "低于35000人" and "超过20000人" do not. Always true for a level.</summary>
    public bool IsInclusive => !strict;

    /// <summary>Whether two targets are the same.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(QuantityTarget<T> left, QuantityTarget<T> right) => left.Equals(right);

    /// <summary>Whether two targets differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(QuantityTarget<T> left, QuantityTarget<T> right) => !left.Equals(right);

    /// <summary>
    /// Reads a target in the forms <see cref="ToString"/> writes — "20000人以上", "超过20000人", "35000人以内", "低于35000人",
    /// "20000人±500人", each quantity in any text its own <c>Parse</c> reads ("3.5万人以内") — or as a report writes a floor or
    /// a ceiling: "不超过3.5万人", "至少60万人", "逾60万人" (see <see cref="PublishedFigure{T}"/> for the qualifiers).
    /// </summary>
    /// <param name="s">The target's text.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a target of this quantity: no qualifier saying its kind, a level
    /// with no tolerance ("约3.5万人": write "35000人±500人"), a floor of zero, a negative tolerance; the message says why.</exception>
    public static QuantityTarget<T> Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), null);
    }

    /// <summary>Reads a target (see <see cref="Parse(string)"/>); <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored: the text is read the same in every culture.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a target of this quantity; the message says why.</exception>
    /// <remarks>Implemented explicitly, so that a call of <see cref="Parse(string)"/> is not taken for a culture-dependent one.</remarks>
    static QuantityTarget<T> IParsable<QuantityTarget<T>>.Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Reads a target (see <see cref="Parse(string)"/>); <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored: the text is read the same in every culture.</param>
    /// <returns>The target.</returns>
    /// <exception cref="FormatException">The text is not a target of this quantity; the message says why.</exception>
    public static QuantityTarget<T> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s.ToString(), out QuantityTarget<T> target, out string? problem)
            ? target
            : throw new FormatException($"Cannot read {TextExcerpt.Quote(s)} as a target for {TypeNames.Of<T>()}: {problem}.");

    /// <summary>Tries to read a target (see <see cref="Parse(string)"/>); never throws.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a target of this quantity.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out QuantityTarget<T> result)
    {
        result = default;
        return s is not null && TryRead(s, out result, out _);
    }

    /// <summary>Tries to read a target; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a target of this quantity.</returns>
    static bool IParsable<QuantityTarget<T>>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out QuantityTarget<T> result) =>
        TryParse(s, out result);

    /// <summary>Tries to read a target; never throws. <paramref name="provider"/> is ignored.</summary>
    /// <param name="s">The target's text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The target, or <c>default</c>.</param>
    /// <returns>Whether the text was a target of this quantity.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out QuantityTarget<T> result) =>
        TryRead(s.ToString(), out result, out _);

    /// <summary>Evaluates an actual against the target.</summary>
    /// <param name="actual">What was achieved.</param>
    /// <returns>Whether it meets the target, by how much, and (for a floor) the completion.</returns>
    /// <exception cref="ArgumentException">The actual counts another unit than the target (<see cref="UnitCount"/>).</exception>
    public QuantityTargetOutcome<T> Evaluate(T actual)
    {
        CheckSameUnit(actual, Value, nameof(actual), "evaluate");
        return new(this, actual);
    }

    /// <summary>Evaluates a published actual, an interval of true values, against the target: met when every whole value
    /// it can stand for meets the target, not met when none does, and undetermined otherwise ("约3.5万人" against
    /// "35000人以内").</summary>
    /// <param name="actual">The figure published.</param>
    /// <returns>The verdict, with the bounds of the margin.</returns>
    /// <exception cref="ArgumentException">The actual counts another unit than the target (<see cref="UnitCount"/>).</exception>
    public PublishedTargetOutcome<T> Evaluate(PublishedFigure<T> actual)
    {
        CheckSameUnit(actual.Value, Value, nameof(actual), "evaluate");
        return new(this, actual);
    }

    /// <inheritdoc />
    public bool Equals(QuantityTarget<T> other) =>
        code == other.code && Value.Equals(other.Value) && Tolerance.Equals(other.Tolerance) && strict == other.strict;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QuantityTarget<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(code, Value, Tolerance, strict);

    /// <summary>
    /// The target in the form <see cref="Parse(string)"/> reads back to an equal target, with the exact quantities:
    /// "20000人以上" (a floor), "超过20000人" (a strict one), "35000人以内" (a ceiling), "低于35000人" (a strict one),
    /// "20000人±500人" (a level and its tolerance). Culture-invariant.
    /// </summary>
    /// <returns>The target's text.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.AtLeast => strict ? "超过" + Value.ToString() : Value.ToString() + "以上",
        TargetKind.AtMost => strict ? "低于" + Value.ToString() : Value.ToString() + "以内",
        _ => Value.ToString() + "±" + Tolerance.ToString(),
    };

    /// <summary>The checked constructor behind the factories.</summary>
    internal static QuantityTarget<T> Create(TargetKind kind, T value, T tolerance, bool inclusive)
    {
        if (Problem(kind, value, tolerance) is (string message, string parameter, bool range))
        {
            throw range
                ? new ArgumentOutOfRangeException(parameter, parameter == "tolerance" ? tolerance : value, message)
                : new ArgumentException(message, parameter);
        }

        return new(kind, value, tolerance, inclusive);
    }

    /// <summary>Throws when <paramref name="actual"/> and <paramref name="target"/> are <see cref="UnitCount"/>s of different units.</summary>
    internal static void CheckSameUnit(T actual, T target, string parameter, string operation)
    {
        if (typeof(T) == typeof(UnitCount))
        {
            try
            {
                _ = UnitCount.CommonUnit((UnitCount)(object)actual, (UnitCount)(object)target, operation);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(e.Message, parameter, e);
            }
        }
    }

    /// <summary>Why a kind, value and tolerance make no target (message, parameter, whether out of range), or <c>null</c>.</summary>
    private static (string Message, string Parameter, bool Range)? Problem(TargetKind kind, T value, T tolerance)
    {
        switch (kind)
        {
            case TargetKind.AtLeast when value.BaseUnits <= 0:
                return (string.Create(CultureInfo.InvariantCulture, $"A floor must be greater than zero, since a completion rate divides by it; got {value}."), "floor", true);
            case TargetKind.About when tolerance.BaseUnits < 0:
                return (string.Create(CultureInfo.InvariantCulture, $"A tolerance cannot be negative; got {tolerance}."), "tolerance", true);
            case TargetKind.About when typeof(T) == typeof(UnitCount)
                && ((UnitCount)(object)value).Unit is CountUnit levelUnit && ((UnitCount)(object)tolerance).Unit is CountUnit toleranceUnit
                && levelUnit != toleranceUnit:
                return (string.Create(CultureInfo.InvariantCulture, $"The tolerance {tolerance} counts another unit than the level {value} ({toleranceUnit.Code}, {levelUnit.Code})."), "tolerance", false);
            default:
                return null;
        }
    }

    private static bool TryRead(string text, out QuantityTarget<T> result, [NotNullWhen(false)] out string? problem)
    {
        result = default;
        int plusMinus = text.IndexOf('±', StringComparison.Ordinal);
        if (plusMinus >= 0)
        {
            if (!T.TryParse(text.AsSpan(0, plusMinus), CultureInfo.InvariantCulture, out T level))
            {
                problem = $"the text before ± is not a {TypeNames.Of<T>()}";
                return false;
            }

            if (!T.TryParse(text.AsSpan(plusMinus + 1), CultureInfo.InvariantCulture, out T tolerance))
            {
                problem = $"the text after ± is not a {TypeNames.Of<T>()} (the tolerance)";
                return false;
            }

            return TryCreate(TargetKind.About, level, tolerance, true, out result, out problem);
        }

        foreach ((string marker, bool before, TargetKind kind, bool inclusive) in Markers)
        {
            if (before ? text.StartsWith(marker, StringComparison.Ordinal) : text.EndsWith(marker, StringComparison.Ordinal))
            {
                string number = before ? text[marker.Length..] : text[..^marker.Length];
                if (T.TryParse(number, CultureInfo.InvariantCulture, out T value))
                {
                    return TryCreate(kind, value, default, inclusive, out result, out problem);
                }
            }
        }

        if (!PublishedFigure<T>.TryParse(text, out PublishedFigure<T> figure))
        {
            problem = $"it is not a {TypeNames.Of<T>()} with a qualifier saying what kind of target it is (以上, 以内, 不超过 …, or ± and a tolerance)";
            return false;
        }

        if (figure.Status != FigureStatus.Normal)
        {
            problem = $"a target has no status ({figure.Status})";
            return false;
        }

        switch (figure.Qualifier)
        {
            case Qualifier.AtLeast:
                return TryCreate(TargetKind.AtLeast, figure.Value, default, figure.IsInclusive, out result, out problem);
            case Qualifier.AtMost:
                return TryCreate(TargetKind.AtMost, figure.Value, default, figure.IsInclusive, out result, out problem);
            case Qualifier.Approximately:
                problem = $"a level needs its tolerance, written after ±: \"{figure.Value}±…\"";
                return false;
            default:
                problem = "it needs a qualifier saying what kind of target it is (以上, 以内, 不超过 …, or ± and a tolerance)";
                return false;
        }
    }

    private static bool TryCreate(TargetKind kind, T value, T tolerance, bool inclusive, out QuantityTarget<T> result, [NotNullWhen(false)] out string? problem)
    {
        if (Problem(kind, value, tolerance) is (string message, _, _))
        {
            result = default;
            problem = message.TrimEnd('.');
            return false;
        }

        result = new(kind, value, tolerance, inclusive);
        problem = null;
        return true;
    }
}
