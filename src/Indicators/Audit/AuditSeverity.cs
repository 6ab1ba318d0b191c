using System.Text.Json.Serialization;

namespace Indicators.Audit;

/// <summary>How much an <see cref="AuditFinding"/> matters.</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<AuditSeverity>))]
public enum AuditSeverity
{
    /// <summary>Worth knowing, not a problem: the parts listed after 其中 add up to less than their total.</summary>
    Information = 0,

    /// <summary>Could not be checked, or reads oddly: a completion rate with no actual before it, a rate that prints from
    /// its figures under neither rounding rule, qualifiers that contradict each other.</summary>
    Warning = 1,

    /// <summary>The figures disagree with each other: no round target gives the printed completion rate, a stated target
    /// outside the implied interval, parts that add up to more than their total, a rate that misses the ceiling it is set
    /// against. <see cref="ReportAudit.IsConsistent"/> is false when there is one.</summary>
    Inconsistency = 2,
}
