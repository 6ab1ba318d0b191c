namespace Indicators.Quantities;

/// <summary>A quantity that counts one <see cref="CountUnit"/> fixed by its type (<see cref="Count{TUnit}"/>), so that
/// generic code can learn the unit from a value.</summary>
internal interface ICountedQuantity
{
    /// <summary>The unit counted.</summary>
    CountUnit CountedUnit { get; }
}
