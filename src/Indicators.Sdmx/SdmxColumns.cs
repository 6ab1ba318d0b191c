namespace Indicators.Sdmx;

/// <summary>
/// The headers of the columns an SDMX-CSV message of a dataset has, in the order <see cref="SdmxCsv.Write"/> writes them:
/// the twelve of every message, then, in a message of a dataset with a title, a source, a regions' date, targets,
/// completion rates or derived figures, the ten from <see cref="Tolerance"/> to <see cref="RegionsAsOf"/>, which only
/// those rows fill.
/// </summary>
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

    /// <summary><c>UNIT_MULT</c> (attribute): the power of ten of the printed number, SDMX:CL_UNIT_MULT(1.1): 0, 4 (万), 8 (亿), 12 (万亿).</summary>
    public const string UnitMultiplier = "UNIT_MULT";

    /// <summary><c>OBS_STATUS</c> (attribute): SDMX:CL_OBS_STATUS A, E, F or P.</summary>
    public const string ObsStatus = "OBS_STATUS";

    /// <summary><c>OBS_QUALIFIER</c> (attribute of ours): empty, APPROX, AT_MOST, BELOW, AT_LEAST, OVER or SPAN.</summary>
    public const string ObsQualifier = "OBS_QUALIFIER";

    /// <summary><c>COMMENT_OBS</c> (attribute): where the figure comes from.</summary>
    public const string CommentObs = "COMMENT_OBS";

    /// <summary><c>TOLERANCE</c> (attribute of ours, targets): the tolerance of a level (<c>APPROX</c>) in the value's unit.</summary>
    public const string Tolerance = "TOLERANCE";

    /// <summary><c>INFERRED</c> (attribute of ours, targets): why a target the report does not print was inferred; empty for a printed one.</summary>
    public const string Inferred = "INFERRED";

    /// <summary><c>DERIVATION</c> (attribute of ours, derived figures): <c>TOTAL</c>, <c>PER_UNIT</c>, <c>SHARE</c> or <c>PRODUCT</c>.</summary>
    public const string Derivation = "DERIVATION";

    /// <summary><c>DERIVED_FROM</c> (attribute of ours, derived figures): the codes of the indicators it is computed from, separated by spaces.</summary>
    public const string DerivedFrom = "DERIVED_FROM";

    /// <summary><c>NAME</c> (attribute of ours, derived figures): the name in simplified characters.</summary>
    public const string Name = "NAME";

    /// <summary><c>NAME_ZH_HANT</c> (attribute of ours, derived figures): the name in traditional characters, or empty.</summary>
    public const string NameTraditional = "NAME_ZH_HANT";

    /// <summary><c>NAME_EN</c> (attribute of ours, derived figures): the name in English, or empty.</summary>
    public const string NameEnglish = "NAME_EN";

    /// <summary><c>TITLE</c> (dataset attribute): the dataset's title.</summary>
    public const string Title = "TITLE";

    /// <summary><c>SOURCE_DETAIL</c> (dataset attribute): where the dataset as a whole comes from.</summary>
    public const string SourceDetail = "SOURCE_DETAIL";

    /// <summary><c>REGIONS_AS_OF</c> (dataset attribute of ours): the date (<c>yyyy-MM-dd</c>) of the built-in list of
    /// divisions the regions were taken from.</summary>
    public const string RegionsAsOf = "REGIONS_AS_OF";
}
