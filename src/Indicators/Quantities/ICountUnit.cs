namespace Indicators.Quantities;

/// <summary>
/// A marker type that names a <see cref="CountUnit"/> at compile time, so that <see cref="Count{TUnit}"/> of different
/// units are different types: adding enterprises to positions does not compile.
/// </summary>
/// <example>
/// A unit of your own:
/// <code>
/// public sealed class Classrooms : ICountUnit
/// {
///     private Classrooms() { }
///     public static CountUnit Unit { get; } = new("classroom", "间", "間", "classroom", "classrooms");
/// }
/// </code>
/// </example>
public interface ICountUnit
{
    /// <summary>The unit this marker stands for.</summary>
    static abstract CountUnit Unit { get; }
}
