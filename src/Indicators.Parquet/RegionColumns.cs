using System;
using System.Collections.Generic;
using Indicators.Regions;

namespace Indicators.Parquet;

/// <summary>
/// What the export writes for each region of a hierarchy, computed once per region rather than once per observation: its
/// level's name, its province, prefecture and county (itself where it is one, else its nearest ancestor of that level, else
/// null), its path of identifiers from its root down to itself, and its parent's index.
/// </summary>
internal sealed class RegionColumns
{
    private readonly Dictionary<string, int> indexById;

    internal RegionColumns(RegionHierarchy hierarchy)
    {
        IReadOnlyList<Region> regions = hierarchy.Regions;
        int count = regions.Count;
        indexById = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (int r = 0; r < count; r++)
        {
            indexById.Add(regions[r].Id, r);
        }

        Parents = new int[count];
        Levels = new string[count];
        Provinces = new string?[count];
        Prefectures = new string?[count];
        Counties = new string?[count];
        Paths = new string[count][];
        for (int r = 0; r < count; r++)
        {
            Region region = regions[r];
            Parents[r] = region.ParentId is { } parent ? indexById[parent] : -1;
            Levels[r] = region.Level.ToString();
        }

        // Parents may come after their children in the hierarchy's order: each path is built from the root down, on demand.
        for (int r = 0; r < count; r++)
        {
            PathOf(r, regions);
        }

        for (int r = 0; r < count; r++)
        {
            Provinces[r] = Nearest(r, RegionLevel.Province, regions);
            Prefectures[r] = Nearest(r, RegionLevel.Prefecture, regions);
            Counties[r] = Nearest(r, RegionLevel.County, regions);
        }
    }

    /// <summary>The index of each region's parent, or −1 for a root.</summary>
    internal int[] Parents { get; }

    /// <summary>The name of each region's <see cref="RegionLevel"/>, as the dataset JSON writes it.</summary>
    internal string[] Levels { get; }

    internal string?[] Provinces { get; }

    internal string?[] Prefectures { get; }

    internal string?[] Counties { get; }

    /// <summary>Each region's identifiers from its root down to itself.</summary>
    internal string[][] Paths { get; }

    /// <summary>The index of a region by its identifier.</summary>
    internal int IndexOf(string id) => indexById[id];

    private string[] PathOf(int r, IReadOnlyList<Region> regions)
    {
        if (Paths[r] is { } known)
        {
            return known;
        }

        if (Parents[r] < 0)
        {
            return Paths[r] = [regions[r].Id];
        }

        string[] above = PathOf(Parents[r], regions);
        var path = new string[above.Length + 1];
        above.CopyTo(path, 0);
        path[^1] = regions[r].Id;
        return Paths[r] = path;
    }

    private string? Nearest(int r, RegionLevel level, IReadOnlyList<Region> regions)
    {
        for (int a = r; a >= 0; a = Parents[a])
        {
            if (regions[a].Level == level)
            {
                return regions[a].Id;
            }
        }

        return null;
    }
}
