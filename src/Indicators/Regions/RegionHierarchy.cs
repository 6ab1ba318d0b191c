using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Indicators.Regions;

/// <summary>
/// Regions and how they nest: each region's parent is in the hierarchy (or it is a root), identifiers are unique, and
/// nothing is its own ancestor. The built-in national list gives the hierarchy valid at a date; any other (a yearbook's 市区, a group such as 浙东北, a city's 市本级) is built from regions with <see cref="Create"/> or
/// <see cref="With"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Regions are kept in the order given; lookups by identifier are O(1).</remarks>
public sealed class RegionHierarchy
{
    private readonly Region[] regions;
    private readonly Dictionary<string, int> indexById;
    private readonly int[] parents;
    private readonly int[][] children;
    private readonly int[] depths;

    private RegionHierarchy(Region[] regions)
    {
        this.regions = regions;
        indexById = new Dictionary<string, int>(regions.Length, StringComparer.Ordinal);
        for (int i = 0; i < regions.Length; i++)
        {
            if (!indexById.TryAdd(regions[i].Id, i))
            {
                throw new ArgumentException($"The region {regions[i].Id} is listed twice (\"{regions[indexById[regions[i].Id]].Name}\" and \"{regions[i].Name}\").", nameof(regions));
            }
        }

        parents = new int[regions.Length];
        var childLists = new List<int>[regions.Length];
        for (int i = 0; i < regions.Length; i++)
        {
            string? parentId = regions[i].ParentId;
            if (parentId is null)
            {
                parents[i] = -1;
                continue;
            }

            if (!indexById.TryGetValue(parentId, out int parent))
            {
                throw new ArgumentException($"The parent {parentId} of region {regions[i]} is not in the hierarchy.", nameof(regions));
            }

            parents[i] = parent;
            (childLists[parent] ??= []).Add(i);
        }

        children = Array.ConvertAll(childLists, list => list?.ToArray() ?? []);
        depths = new int[regions.Length];
        for (int i = 0; i < regions.Length; i++)
        {
            int depth = 0;
            for (int p = parents[i]; p >= 0; p = parents[p])
            {
                if (++depth > regions.Length)
                {
                    throw new ArgumentException(CycleMessage(regions, parents, i), nameof(regions));
                }
            }

            depths[i] = depth;
        }

        Regions = new ReadOnlyCollection<Region>(regions);
    }

    /// <summary>A hierarchy with no regions.</summary>
    public static RegionHierarchy Empty { get; } = new([]);

    /// <summary>Every region, in the order given.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The number of regions.</summary>
    public int Count => regions.Length;

    /// <summary>The regions without a parent in this hierarchy (provinces, in the national list).</summary>
    public IEnumerable<Region> Roots => Enumerable.Range(0, regions.Length).Where(i => parents[i] < 0).Select(i => regions[i]);

    /// <summary>The region with an identifier.</summary>
    /// <param name="id">The identifier ("331000", "331000-city-level").</param>
    /// <returns>The region.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier; the message names it.</exception>
    public Region this[string id] => TryGet(id, out Region? region)
        ? region
        : throw new KeyNotFoundException($"The region \"{id}\" is not in this hierarchy.");

    /// <summary>A hierarchy of regions.</summary>
    /// <param name="regions">The regions, each parent among them (or the region a root).</param>
    /// <returns>The hierarchy.</returns>
    /// <exception cref="ArgumentException">An identifier is listed twice, a parent is missing, or parents form a cycle;
    /// the message names the region.</exception>
    public static RegionHierarchy Create(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        Region[] array = regions.ToArray();
        foreach (Region region in array)
        {
            ArgumentNullException.ThrowIfNull(region, nameof(regions));
        }

        return new RegionHierarchy(array);
    }

    /// <summary>This hierarchy with more regions, or with regions replaced: a region whose identifier is already present
    /// replaces the old one in place (to move a division under a group, give it with <see cref="Region.WithParent"/>).</summary>
    /// <param name="regions">The regions to add or replace.</param>
    /// <returns>The new hierarchy.</returns>
    /// <exception cref="ArgumentException">The result breaks a rule of <see cref="Create"/>.</exception>
    public RegionHierarchy With(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var list = new List<Region>(this.regions);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (Region region in regions)
        {
            ArgumentNullException.ThrowIfNull(region, nameof(regions));
            if (!added.Add(region.Id))
            {
                throw new ArgumentException($"The region {region.Id} is given twice.", nameof(regions));
            }

            if (indexById.TryGetValue(region.Id, out int index))
            {
                list[index] = region;
            }
            else
            {
                list.Add(region);
            }
        }

        return new RegionHierarchy(list.ToArray());
    }

    /// <summary>This hierarchy with a city's own level (市本级) under the city: <see cref="Region.CityLevelOf"/> of the
    /// region, beside its counties (台州市 331000 then has its nine county-level units and "331000-city-level").</summary>
    /// <param name="cityId">The city's identifier ("331000"): a prefecture-level division in this hierarchy.</param>
    /// <returns>The new hierarchy; where the city level is already present it is replaced by an equal one.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    /// <exception cref="ArgumentException">The region is not a prefecture-level division.</exception>
    public RegionHierarchy WithCityLevel(string cityId) => With([Region.CityLevelOf(regions[IndexOfOrThrow(cityId)])]);

    /// <summary>The region and everything under it, as a hierarchy of its own whose root is that region.</summary>
    /// <param name="id">The root's identifier.</param>
    /// <returns>The subtree.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    public RegionHierarchy Subtree(string id)
    {
        int root = IndexOfOrThrow(id);
        var selected = new List<Region> { regions[root].WithParent(null) };
        for (int i = 0; i < regions.Length; i++)
        {
            if (i != root && IsUnder(i, root))
            {
                selected.Add(regions[i]);
            }
        }

        return new RegionHierarchy(selected.ToArray());
    }

    /// <summary>Whether a region with an identifier is in the hierarchy.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>Whether it is.</returns>
    public bool Contains(string id) => id is not null && indexById.ContainsKey(id);

    /// <summary>The region with an identifier, if there is one; never throws.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="region">The region, or null.</param>
    /// <returns>Whether there is one.</returns>
    public bool TryGet([NotNullWhen(true)] string? id, [NotNullWhen(true)] out Region? region)
    {
        if (id is not null && indexById.TryGetValue(id, out int index))
        {
            region = regions[index];
            return true;
        }

        region = null;
        return false;
    }

    /// <summary>The parent of a region, or null for a root.</summary>
    /// <param name="id">The region's identifier.</param>
    /// <returns>The parent.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    public Region? Parent(string id)
    {
        int parent = parents[IndexOfOrThrow(id)];
        return parent < 0 ? null : regions[parent];
    }

    /// <summary>The regions directly under a region, in the order given.</summary>
    /// <param name="id">The region's identifier.</param>
    /// <returns>Its children; empty for a leaf.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    public IReadOnlyList<Region> Children(string id) => Array.ConvertAll(children[IndexOfOrThrow(id)], i => regions[i]);

    /// <summary>The ancestors of a region, nearest first: 玉环市's are 台州市, then 浙江省.</summary>
    /// <param name="id">The region's identifier.</param>
    /// <returns>Its ancestors; empty for a root.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    public IReadOnlyList<Region> Ancestors(string id)
    {
        var list = new List<Region>();
        for (int p = parents[IndexOfOrThrow(id)]; p >= 0; p = parents[p])
        {
            list.Add(regions[p]);
        }

        return list;
    }

    /// <summary>Whether a region is under another (its descendant). A region is not under itself.</summary>
    /// <param name="id">The region's identifier.</param>
    /// <param name="ancestorId">The other region's identifier.</param>
    /// <returns>Whether it is under it.</returns>
    /// <exception cref="KeyNotFoundException">An identifier is not in the hierarchy.</exception>
    public bool IsUnder(string id, string ancestorId) => IsUnder(IndexOfOrThrow(id), IndexOfOrThrow(ancestorId));

    /// <summary>The regions under a region that have nothing under them, in the order given: what a roll-up sums.</summary>
    /// <param name="id">The region's identifier.</param>
    /// <returns>Its leaves; the region itself when it is a leaf.</returns>
    /// <exception cref="KeyNotFoundException">No region has that identifier.</exception>
    public IReadOnlyList<Region> Leaves(string id)
    {
        int root = IndexOfOrThrow(id);
        if (children[root].Length == 0)
        {
            return [regions[root]];
        }

        // Walk the subtree only (not every region of the hierarchy), then give the leaves in the order given.
        var leaves = new List<int>();
        var pending = new Stack<int>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (int child in children[pending.Pop()])
            {
                if (children[child].Length == 0)
                {
                    leaves.Add(child);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }

        leaves.Sort();
        return leaves.ConvertAll(i => regions[i]);
    }

    /// <summary>The index of a region in <see cref="Regions"/>, or −1.</summary>
    internal int IndexOf(string id) => indexById.TryGetValue(id, out int index) ? index : -1;

    /// <summary>The index of a region's parent, or −1 for a root.</summary>
    internal int ParentIndex(int index) => parents[index];

    /// <summary>The indices of a region's children.</summary>
    internal ReadOnlySpan<int> ChildIndices(int index) => children[index];

    /// <summary>How many ancestors a region has (0 for a root).</summary>
    internal int Depth(int index) => depths[index];

    internal bool IsUnder(int index, int ancestor)
    {
        for (int p = parents[index]; p >= 0; p = parents[p])
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regions of the cycle that <paramref name="start"/>'s parents run into (<paramref name="start"/> itself
    /// may only hang under it), named in order.</summary>
    private static string CycleMessage(Region[] regions, int[] parents, int start)
    {
        var seen = new HashSet<int>();
        int p = start;
        while (seen.Add(p))
        {
            p = parents[p];
        }

        var cycle = new List<Region> { regions[p] };
        for (int q = parents[p]; q != p; q = parents[q])
        {
            cycle.Add(regions[q]);
        }

        cycle.Add(regions[p]);
        return cycle.Count == 2
            ? $"The region {regions[p]} is its own parent: its parents form a cycle."
            : $"The regions {string.Join(" → ", cycle)} are their own ancestors: their parents form a cycle.";
    }

    private int IndexOfOrThrow(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return indexById.TryGetValue(id, out int index)
            ? index
            : throw new KeyNotFoundException($"The region \"{id}\" is not in this hierarchy.");
    }
}
