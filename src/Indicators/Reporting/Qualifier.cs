using System.Text.Json.Serialization;

namespace Indicators.Reporting;

/// <summary>
/// What a published figure says about the true value, besides its digits. The markers of each class and the interval each
/// stands for are defined in one place, <see cref="Qualifiers"/>.
/// </summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<Qualifier>))]
public enum Qualifier
{
    /// <summary>No qualifier: the figure is the true value rounded half away from zero at its printed precision.</summary>
    None = 0,

    /// <summary>约, 大约, 左右, 上下: approximately.</summary>
    Approximately = 1,

    /// <summary>近, 将近, 不到, 不足, 不超过, 以下, 低于, 以内: at most.</summary>
    AtMost = 2,

    /// <summary>至少, 逾, 超, 超过, 多于, 高于, 以上: at least, or over.</summary>
    AtLeast = 3,

    /// <summary>多, 余 after the number: "3000多" is something in [3 000, 4 000).</summary>
    Span = 4,
}
