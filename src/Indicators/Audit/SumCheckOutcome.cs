using System.Text.Json.Serialization;

namespace Indicators.Audit;

/// <summary>How the parts listed after 其中 compare with their total (<see cref="SumCheck"/>).</summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<SumCheckOutcome>))]
public enum SumCheckOutcome
{
    /// <summary>Some true values of the parts add up to a true value of the total: the printed figures agree.</summary>
    Agrees = 0,

    /// <summary>Every sum of the parts is below every value of the total: the list after 其中 is not complete, which it need
    /// not be.</summary>
    PartsBelowTotal = 1,

    /// <summary>Every sum of the parts is above every value of the total: an inconsistency.</summary>
    PartsExceedTotal = 2,
}
