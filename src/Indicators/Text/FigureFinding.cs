using System;
using System.Globalization;
using System.Numerics;

namespace Indicators.Text;

/// <summary>Something worth knowing about a figure read in context, with the span of text it points at (UTF-16 code units).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class FigureFinding : IEquatable<FigureFinding>, IEqualityOperators<FigureFinding, FigureFinding, bool>
{
    private readonly string message;

    internal FigureFinding(FigureFindingKind kind, int start, int length, string message)
    {
        Kind = kind;
        Start = start;
        Length = length;
        this.message = message;
    }

    /// <summary>What the finding says.</summary>
    public FigureFindingKind Kind { get; }

    /// <summary>Where the text it points at starts, in UTF-16 code units from the start of the text.</summary>
    public int Start { get; }

    /// <summary>How long the text it points at is, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The finding in words (English), naming the markers concerned.</summary>
    public string Message => message;

    /// <summary>Whether two findings are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(FigureFinding? left, FigureFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two findings differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(FigureFinding? left, FigureFinding? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(FigureFinding? other) =>
        other is not null && Kind == other.Kind && Start == other.Start && Length == other.Length && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FigureFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Start, Length, Message);

    /// <summary>The finding as "ConflictingQualifiers at 3+5: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind} at {Start}+{Length}: {Message}");
}
