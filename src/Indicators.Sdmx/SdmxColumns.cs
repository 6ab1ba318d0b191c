namespace Indicators.Sdmx;

/// <summary>The headers of the columns an SDMX-CSV message of a dataset has, in the order <see cref="SdmxCsv.Write"/> writes them.</summary>
public static class SdmxColumns
{
    /// <summary><c>STRUCTURE</c>: the kind of structure the row refers to (<c>dataflow</c>).</summary>
    public const string Structure = "STRUCTURE";

    /// <summary><c>STRUCTURE_ID</c>: the structure's identification, <c>AGENCY:ID(VERSION)</c>.</summary>
    public const string StructureId = "STRUCTURE_ID";

    /// <summary><c>ACTION</c>: what the row does: I (information), A (append), M (merge), R (replace), D (delete).</summary>
    public const string Action = "ACTION";

    /// <summary><c>REF_AREA</c> (dimension): the region's identifier (a GB/T 2260 code such as <c>331000</c>, or a dataset's own id).</summary>
    public const string RefArea = "REF_AREA";

    /// <summary><c>INDICATOR</c> (dimension): the indicator's code.</summary>
    public const string Indicator = "INDICATOR";

    /// <summary><c>TIME_PERIOD</c> (dimension): <c>2020-10</c>, <c>2020-Q3</c>, <c>2020-S1</c>, <c>2020</c>, or start/duration
    /// (<c>2020-01-01/P10M</c>).</summary>
    public const string TimePeriod = "TIME_PERIOD";

    /// <summary><c>OBS_VALUE</c> (measure): the number as printed, in the unit multiplier of <see cref="UnitMultiplier"/>.</summary>
    public const string ObsValue = "OBS_VALUE";

    /// <summary><c>UNIT_MEASURE</c> (attribute): <c>CNY</c>, <c>person</c>, <c>percent</c> or a count unit's code.</summary>
    public const string UnitMeasure = "UNIT_MEASURE";

    /// <summary><c>UNIT_MULT</c> (attribute): the power of ten of the printed number, SDMX:CL_UNIT_MULT(1.1): 0, 4 (万), 8 (亿).</summary>
    public const string UnitMultiplier = "UNIT_MULT";

    /// <summary><c>OBS_STATUS</c> (attribute): SDMX:CL_OBS_STATUS A, E, F or P.</summary>
    public const string ObsStatus = "OBS_STATUS";

    /// <summary><c>OBS_QUALIFIER</c> (attribute of ours): empty, APPROX, AT_MOST, BELOW, AT_LEAST, OVER or SPAN.</summary>
    public const string ObsQualifier = "OBS_QUALIFIER";

    /// <summary><c>COMMENT_OBS</c> (attribute): where the figure comes from.</summary>
    public const string CommentObs = "COMMENT_OBS";
}
