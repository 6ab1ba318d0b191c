using System;
using System.Globalization;
using System.Numerics;

namespace Indicators.Audit;

/// <summary>One thing a <see cref="ReportAudit"/> found, with its severity and the span of text it points at (UTF-16 code
/// units from the start of the text).</summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class AuditFinding : IEquatable<AuditFinding>, IEqualityOperators<AuditFinding, AuditFinding, bool>
{
    internal AuditFinding(AuditSeverity severity, AuditFindingKind kind, int start, int length, string message)
    {
        Severity = severity;
        Kind = kind;
        Start = start;
        Length = length;
        Message = message;
    }

    /// <summary>How much it matters.</summary>
    public AuditSeverity Severity { get; }

    /// <summary>What it says.</summary>
    public AuditFindingKind Kind { get; }

    /// <summary>Where the text it points at starts, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>How long the text it points at is, in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The finding in words (English), quoting the figures concerned as printed.</summary>
    public string Message { get; }

    /// <summary>Whether two findings are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator ==(AuditFinding? left, AuditFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two findings differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>The comparison.</returns>
    public static bool operator !=(AuditFinding? left, AuditFinding? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(AuditFinding? other) =>
        other is not null && Severity == other.Severity && Kind == other.Kind && Start == other.Start && Length == other.Length
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AuditFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Severity, Kind, Start, Length, Message);

    /// <summary>The finding as "Inconsistency NoRoundTarget at 412+9: …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Severity} {Kind} at {Start}+{Length}: {Message}");
}
