using System.Text.Json.Serialization;

namespace Indicators.Reporting;

/// <summary>
/// What a published figure says about the true value, besides its digits. The markers of each class and the interval each
/// stands for are below; the library reads and writes them from one internal table.
/// </summary>
/// <remarks>
/// <para>For a figure printed as <c>v</c> whose last digit is worth <c>s</c> (14.64万: v = 146 400, s = 100):</para>
/// <list type="table">
/// <listheader><term>qualifier</term><description>markers (simplified / traditional) and interval</description></listheader>
/// <item><term>none</term><description>[v − s/2, v + s/2) for v &gt; 0 (四舍五入); (v − s/2, v + s/2] for v &lt; 0; (−s/2, s/2) for 0.
/// A quantity counted in whole base units and printed to its base unit ("39221人", "6051.56元") was not rounded at all:
/// it stands for v alone.</description></item>
/// <item><term>approximately</term><description>约/約, 大约/大約 before; 左右, 上下 after: the figure rounded at its last
/// non-zero digit, p: [v − p/2, v + p/2). "约115万" is [114.5万, 115.5万) as without 约, but "约3000人" is [2 500, 3 500),
/// not the single value 3 000.</description></item>
/// <item><term>at most</term><description>不超过/不超過 before, 以下, 以内/以內 after: v included, (−∞, v].
/// 近, 将近/將近, 不到, 不足, 低于/低於 before: v excluded, (−∞, v).</description></item>
/// <item><term>at least</term><description>至少 before, 以上 after: v included, [v, +∞).
/// 逾, 超, 超过/超過, 多于/多於, 高于/高於 before: v excluded, (v, +∞).</description></item>
/// <item><term>span</term><description>多, 余/餘 right after the number: [v, v + p), where p is what the last non-zero printed
/// digit is worth: "3000多" is [3 000, 4 000), "2万多" [2万, 3万), "8000余" [8 000, 9 000); the marker may also stand before
/// the scale, as national reports print it: "1100多万" is [1 100万, 1 200万). Below zero a span points down: "-3000多" is
/// (−4 000, −3 000].</description></item>
/// </list>
/// <para>For a quantity that cannot be negative (persons, counts) an open lower end is replaced by 0, included.
/// Status markers are separate and do not change the interval: 预计/預計 (forecast), 初步 and 快报/快報 (provisional),
/// 估计/估計 (estimated).</para>
/// </remarks>
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
