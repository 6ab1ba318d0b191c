namespace Indicators.Catalog;

/// <summary>How an indicator behaves over time (DESIGN rule 6): what a figure for a longer period is made of.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<TemporalNature>))]
public enum TemporalNature
{
    /// <summary>A flow (新增就业 in a month): figures of consecutive periods add up to the figure of the longer period.</summary>
    Flow = 0,

    /// <summary>A stock (登记失业人数, 登记失业率 at month end): the figure of a longer period is the one at its end.</summary>
    Stock = 1,

    /// <summary>
    /// A cumulative figure (累计, 截至10月底): already year-to-date. It is never summed again over time; the flow of one month
    /// is the difference of two consecutive year-to-date figures.
    /// </summary>
    Cumulative = 2,
}
