using System;
using System.Numerics;
using System.Text.Json.Serialization;
using Indicators.Quantities;
using Indicators.Reporting;
using Indicators.Targets;

namespace Indicators.Labour;

/// <summary>
/// How an unemployment rate compares with a reference of the same measure: the difference in percentage points, its
/// direction, and whether it is better. For unemployment, lower is better.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe.</remarks>
[JsonConverter(typeof(Indicators.Serialization.UnemploymentComparisonJsonConverter))]
public readonly struct UnemploymentComparison : IEquatable<UnemploymentComparison>, IEqualityOperators<UnemploymentComparison, UnemploymentComparison, bool>
{
    internal UnemploymentComparison(UnemploymentRate subject, UnemploymentRate reference)
    {
        Subject = subject;
        Reference = reference;
    }

    /// <summary>The rate compared.</summary>
    public UnemploymentRate Subject { get; }

    /// <summary>The rate compared against.</summary>
    public UnemploymentRate Reference { get; }

    /// <summary>Subject minus reference, in percentage points: −0.2 when 1.38% is compared with 1.58%.</summary>
    public PercentagePoints Difference => Subject.Rate - Reference.Rate;

    /// <summary>−1 when the subject is lower, 0 when equal, 1 when higher.</summary>
    public int Direction => Difference.Ratio.Sign;

    /// <summary>Which way is better: <see cref="Targets.Polarity.LowerIsBetter"/>, the polarity of every unemployment
    /// measure (<see cref="UnemploymentMeasures.PolarityOf"/>).</summary>
    public Polarity Polarity => UnemploymentMeasures.PolarityOf(Subject.Measure);

    /// <summary>Whether the subject is better by the measure's <see cref="Polarity"/>: for unemployment, strictly lower.</summary>
    public bool IsBetter => Polarity == Polarity.LowerIsBetter ? Direction < 0 : Direction > 0;

    /// <summary>Whether the subject is worse by the measure's <see cref="Polarity"/>: for unemployment, strictly higher.</summary>
    public bool IsWorse => Direction != 0 && !IsBetter;

    /// <summary>Whether two comparisons are of the same rates.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(UnemploymentComparison left, UnemploymentComparison right) => left.Equals(right);

    /// <summary>Whether two comparisons differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(UnemploymentComparison left, UnemploymentComparison right) => !left.Equals(right);

    /// <summary>
    /// The comparison as a trace: "差值 = 1.38% − 1.58% = -0.2 个百分点：更低，更好", "差值 = 1.38% − 1.58% = -0.2 個百分點：更低，更好", or
    /// "difference = 1.38% − 1.58% = -0.2 percentage points: lower, better".
    /// </summary>
    /// <param name="language">The language of the trace.</param>
    /// <returns>The trace.</returns>
    public string Explain(ExplainLanguage language)
    {
        string verdict = Direction == 0
            ? ExplainText.Pick(language, "持平", "持平", "the same")
            : (Direction < 0 ? ExplainText.Pick(language, "更低，", "更低，", "lower, ") : ExplainText.Pick(language, "更高，", "更高，", "higher, "))
                + (IsBetter ? ExplainText.Pick(language, "更好", "更好", "better") : ExplainText.Pick(language, "更差", "更差", "worse"));
        string head = ExplainText.Pick(language, "差值 = ", "差值 = ", "difference = ");
        string separator = ExplainText.IsChinese(language) ? "：" : ": ";
        return $"{head}{ExplainText.ExactRate(Subject.Rate)} − {ExplainText.ExactRate(Reference.Rate)} = {ExplainText.Points(Difference, language)}{separator}{verdict}";
    }

    /// <summary>The same comparison seen from the reference: the difference negated.</summary>
    /// <returns>Reference compared with subject.</returns>
    public UnemploymentComparison Reversed() => new(Reference, Subject);

    /// <inheritdoc />
    public bool Equals(UnemploymentComparison other) => Subject == other.Subject && Reference == other.Reference;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnemploymentComparison other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Subject, Reference);

    /// <summary>For example "1.38% vs 1.58%: -0.2个百分点 (better)".</summary>
    /// <returns>The rates, the difference and the verdict.</returns>
    public override string ToString() =>
        $"{Subject.Rate} vs {Reference.Rate}: {Difference} ({(IsBetter ? "better" : IsWorse ? "worse" : "the same")})";
}
