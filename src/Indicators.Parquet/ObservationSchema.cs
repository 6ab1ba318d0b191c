using Parquet.Schema;

namespace Indicators.Parquet;

/// <summary>The columns of the export, in the order they are written (docs/parquet.md describes each).</summary>
internal static class ObservationSchema
{
    /// <summary>The scale of the <c>value</c> column: every printed number a dataset holds has at most this many decimals
    /// once its trailing zeros are dropped (a rate printed with more is refused).</summary>
    internal const int ValueScale = 18;

    /// <summary>The precision of the <c>value</c> column: the widest DuckDB and Parquet decimal.</summary>
    internal const int ValuePrecision = 38;

    internal static readonly DataField<string> Indicator = new("indicator", nullable: false);
    internal static readonly DataField<string> Region = new("region", nullable: false);
    internal static readonly DataField<string> RegionLevel = new("region_level", nullable: false);
    internal static readonly DataField<string> Province = new("province", nullable: true);
    internal static readonly DataField<string> Prefecture = new("prefecture", nullable: true);
    internal static readonly DataField<string> County = new("county", nullable: true);
    internal static readonly ListField Path = new("path", new DataField<string>("element", nullable: false));
    internal static readonly DataField<bool> Finest = new("finest", nullable: false);
    internal static readonly DataField<string> Period = new("period", nullable: false);
    internal static readonly DataField<System.DateOnly> PeriodStart = new("period_start", nullable: false);
    internal static readonly DataField<System.DateOnly> PeriodEnd = new("period_end", nullable: false);
    internal static readonly DataField<long?> ValueBase = new("value_base", nullable: true);
    internal static readonly DecimalDataField Value = new("value", ValuePrecision, ValueScale, isNullable: false);
    internal static readonly DataField<int> Decimals = new("decimals", nullable: false);
    internal static readonly DataField<int> UnitMult = new("unit_mult", nullable: false);
    internal static readonly DataField<string> Unit = new("unit", nullable: false);
    internal static readonly DataField<string> BaseUnit = new("base_unit", nullable: true);
    internal static readonly DataField<string> Qualifier = new("qualifier", nullable: false);
    internal static readonly DataField<bool> Inclusive = new("inclusive", nullable: false);
    internal static readonly DataField<string> Status = new("status", nullable: false);
    internal static readonly DataField<string> Rollup = new("rollup", nullable: false);
    internal static readonly DataField<string> Nature = new("nature", nullable: false);
    internal static readonly DataField<string> Source = new("source", nullable: true);

    internal static ParquetSchema Create() => new(
        Indicator, Region, RegionLevel, Province, Prefecture, County, Path, Finest, Period, PeriodStart, PeriodEnd, ValueBase, Value,
        Decimals, UnitMult, Unit, BaseUnit, Qualifier, Inclusive, Status, Rollup, Nature, Source);
}
