using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Indicators.Parquet;

/// <summary>The columns of one row group, filled row by row and written column by column, then reused.</summary>
internal sealed class RowGroupBuffer
{
    private readonly List<string> pathItems;
    private readonly List<int> pathRepetitions;

    internal RowGroupBuffer(int capacity)
    {
        Capacity = capacity;
        Indicators = new string[capacity];
        Regions = new string[capacity];
        RegionLevels = new string[capacity];
        Provinces = new string?[capacity];
        Prefectures = new string?[capacity];
        Counties = new string?[capacity];
        Finest = new bool[capacity];
        Periods = new string[capacity];
        PeriodStarts = new DateOnly[capacity];
        PeriodEnds = new DateOnly[capacity];
        ValueBases = new long?[capacity];
        Values = new decimal[capacity];
        Decimals = new int[capacity];
        UnitMults = new int[capacity];
        Units = new string[capacity];
        BaseUnits = new string?[capacity];
        Qualifiers = new string[capacity];
        Inclusive = new bool[capacity];
        Statuses = new string[capacity];
        Rollups = new string[capacity];
        Natures = new string[capacity];
        Sources = new string?[capacity];
        pathItems = new List<string>(capacity * 4);
        pathRepetitions = new List<int>(capacity * 4);
    }

    internal int Capacity { get; }

    internal int Count { get; set; }

    internal string[] Indicators { get; }

    internal string[] Regions { get; }

    internal string[] RegionLevels { get; }

    internal string?[] Provinces { get; }

    internal string?[] Prefectures { get; }

    internal string?[] Counties { get; }

    internal bool[] Finest { get; }

    internal string[] Periods { get; }

    internal DateOnly[] PeriodStarts { get; }

    internal DateOnly[] PeriodEnds { get; }

    internal long?[] ValueBases { get; }

    internal decimal[] Values { get; }

    internal int[] Decimals { get; }

    internal int[] UnitMults { get; }

    internal string[] Units { get; }

    internal string?[] BaseUnits { get; }

    internal string[] Qualifiers { get; }

    internal bool[] Inclusive { get; }

    internal string[] Statuses { get; }

    internal string[] Rollups { get; }

    internal string[] Natures { get; }

    internal string?[] Sources { get; }

    /// <summary>Appends a row's path: its first element starts a new list (repetition level 0), the others continue it (1).</summary>
    internal void AddPath(string[] path)
    {
        for (int k = 0; k < path.Length; k++)
        {
            pathItems.Add(path[k]);
            pathRepetitions.Add(k == 0 ? 0 : 1);
        }
    }

    /// <summary>Writes the rows held as one row group, in the schema's column order, and empties the buffer.</summary>
    internal async Task FlushAsync(ParquetWriter writer, CancellationToken cancellationToken)
    {
        int n = Count;
        using (ParquetRowGroupWriter group = writer.CreateRowGroup())
        {
            await group.WriteAsync(ObservationSchema.Indicator, Slice(Indicators, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Region, Slice(Regions, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.RegionLevel, Slice(RegionLevels, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Province, Slice(Provinces, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Prefecture, Slice(Prefectures, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.County, Slice(Counties, n)).ConfigureAwait(false);
            await group.WriteAsync((DataField)ObservationSchema.Path.Item, pathItems, pathRepetitions.ToArray()).ConfigureAwait(false);
            await group.WriteAsync<bool>(ObservationSchema.Finest, Finest.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Period, Slice(Periods, n)).ConfigureAwait(false);
            await group.WriteAsync<DateOnly>(ObservationSchema.PeriodStart, PeriodStarts.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<DateOnly>(ObservationSchema.PeriodEnd, PeriodEnds.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<long>(ObservationSchema.ValueBase, ValueBases.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<decimal>(ObservationSchema.Value, Values.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(ObservationSchema.Decimals, Decimals.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<int>(ObservationSchema.UnitMult, UnitMults.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Unit, Slice(Units, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.BaseUnit, Slice(BaseUnits, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Qualifier, Slice(Qualifiers, n)).ConfigureAwait(false);
            await group.WriteAsync<bool>(ObservationSchema.Inclusive, Inclusive.AsMemory(0, n), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Status, Slice(Statuses, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Rollup, Slice(Rollups, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Nature, Slice(Natures, n)).ConfigureAwait(false);
            await group.WriteAsync(ObservationSchema.Source, Slice(Sources, n)).ConfigureAwait(false);
            group.CompleteValidate();
        }

        Count = 0;
        pathItems.Clear();
        pathRepetitions.Clear();
        Array.Clear(Sources);
    }

    private static ArraySegment<string?> Slice(string?[] column, int count) => new(column, 0, count);
}
