using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using System.Threading;
using NodaTime;

namespace Indicators.Regions;

/// <summary>
/// The built-in national list: every listing of a GB/T 2260 code in the 72 lists of the Ministry of Civil Affairs
/// 1980-12 to 2019-04, the successor rows of retired codes, and the few names known in other scripts. Read once, on
/// first use, from the embedded resource that tools/gb2260/generate.cs writes from data/gb2260/.
/// </summary>
/// <remarks>
/// <para>The resource is a gzip stream of: "GB2260", version byte 1; the lists' months (count, then 7-bit deltas of
/// months since 1980-01); the distinct names (count, then length-prefixed UTF-8); the listings sorted by code (count,
/// then per listing: code delta, name index, a byte whose bit 0 says the parent is the prefecture rather than the
/// province, the index of the first list, the number of lists spanned); the successor rows (count, then old-code delta,
/// new code, index of the list <c>from</c>, basis byte); the names in other scripts (count, then code, name index,
/// traditional name or "", English name or "").</para>
/// <para>Months are kept as indices into the lists: a listing is in force for the lists <c>From</c> to
/// <c>To − 1</c>, which by the README's rule (the newest list at or before a month) is every month from its first list
/// up to the month before the next list after its last.</para>
/// </remarks>
internal sealed class Gb2260Data
{
    internal const string ResourceName = "Indicators.Regions.gb2260.bin.gz";

    private static readonly Lazy<Gb2260Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, (int Start, int Count)> rowsByCode;
    private readonly Dictionary<int, int[]> successionsByRow;
    private readonly RegionHierarchy?[] hierarchies;

    private readonly int[] successorRows;

    private Gb2260Data(YearMonth[] months, Listing[] listings, RegionSuccession[] successions, int[] successionRows, int[] successorRows)
    {
        this.successorRows = successorRows;
        Months = new ReadOnlyCollection<YearMonth>(months);
        Listings = listings;
        Successions = successions;
        rowsByCode = [];
        for (int i = 0; i < listings.Length; i++)
        {
            int code = listings[i].Code;
            rowsByCode[code] = rowsByCode.TryGetValue(code, out var range) ? (range.Start, range.Count + 1) : (i, 1);
        }

        var byRow = new Dictionary<int, List<int>>();
        for (int i = 0; i < successions.Length; i++)
        {
            if (!byRow.TryGetValue(successionRows[i], out List<int>? list))
            {
                byRow.Add(successionRows[i], list = []);
            }

            list.Add(i);
        }

        successionsByRow = [];
        foreach (KeyValuePair<int, List<int>> pair in byRow)
        {
            successionsByRow.Add(pair.Key, pair.Value.ToArray());
        }

        hierarchies = new RegionHierarchy?[months.Length];
    }

    /// <summary>The list, read on first use; thread-safe.</summary>
    internal static Gb2260Data Instance => Loaded.Value;

    /// <summary>The months of the 72 lists, oldest first.</summary>
    internal ReadOnlyCollection<YearMonth> Months { get; }

    /// <summary>Every listing, sorted by code and then by first list.</summary>
    internal Listing[] Listings { get; }

    /// <summary>Every successor row, sorted by old code, month and new code.</summary>
    internal RegionSuccession[] Successions { get; }

    /// <summary>The index of the list in force for a month: the newest at or before it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is before the first list.</exception>
    internal int ListIndex(YearMonth month, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The month {month} is not in the ISO calendar; the lists are dated by ISO months.", paramName);
        }

        if (month < Months[0])
        {
            throw new ArgumentOutOfRangeException(
                paramName, month, string.Create(CultureInfo.InvariantCulture, $"The first list of GB/T 2260 codes the package has is that of {Months[0]:yyyy-MM}; got {month:yyyy-MM}."));
        }

        int index = Months.Count - 1;
        while (Months[index] > month)
        {
            index--;
        }

        return index;
    }

    /// <summary>The listings of a code, oldest first; empty when it is never listed.</summary>
    internal ReadOnlySpan<Listing> ListingsOf(int code) =>
        rowsByCode.TryGetValue(code, out var range) ? Listings.AsSpan(range.Start, range.Count) : [];

    /// <summary>The index of the first listing of a code in <see cref="Listings"/>, or −1.</summary>
    internal int FirstRowOf(int code) => rowsByCode.TryGetValue(code, out var range) ? range.Start : -1;

    /// <summary>The successor rows of a listing (indices into <see cref="Successions"/>): those whose <c>from</c> is the
    /// list after its last.</summary>
    internal ReadOnlySpan<int> SuccessionsOf(int row) => successionsByRow.TryGetValue(row, out int[]? list) ? list : [];

    /// <summary>The index in <see cref="Listings"/> of the listing a successor row leads to.</summary>
    internal int SuccessorRow(int succession) => successorRows[succession];

    /// <summary>The hierarchy of the divisions listed in a list, built once per list.</summary>
    internal RegionHierarchy HierarchyOf(int list)
    {
        RegionHierarchy? hierarchy = Volatile.Read(ref hierarchies[list]);
        if (hierarchy is null)
        {
            hierarchy = Build(list);
            hierarchy = Interlocked.CompareExchange(ref hierarchies[list], hierarchy, null) ?? hierarchy;
        }

        return hierarchy;
    }

    private RegionHierarchy Build(int list)
    {
        var inForce = new HashSet<string>(StringComparer.Ordinal);
        foreach (Listing listing in Listings)
        {
            if (listing.IsInForce(list))
            {
                inForce.Add(listing.Region.Id);
            }
        }

        var regions = new List<Region>(inForce.Count);
        foreach (Listing listing in Listings)
        {
            if (!listing.IsInForce(list))
            {
                continue;
            }

            // A county whose prefecture is not in this very list (a few in the 1980s) hangs under its province.
            Region region = listing.Region;
            if (region.ParentId is { } parent && !inForce.Contains(parent) && region.Level == RegionLevel.County)
            {
                region = region.WithParent(region.Code.Province.ToString());
            }

            regions.Add(region);
        }

        return RegionHierarchy.Create(regions);
    }

    private static Gb2260Data Load()
    {
        using Stream resource = typeof(Gb2260Data).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the Indicators assembly.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        return Read(reader);
    }

    private static Gb2260Data Read(BinaryReader reader)
    {
        if (!reader.ReadBytes(7).AsSpan().SequenceEqual("GB2260\u0001"u8))
        {
            throw new InvalidDataException($"The embedded resource {ResourceName} is not version 1 of the GB2260 format.");
        }

        var months = new YearMonth[reader.Read7BitEncodedInt()];
        int month = 0;
        for (int i = 0; i < months.Length; i++)
        {
            month += reader.Read7BitEncodedInt();
            months[i] = new YearMonth(1980 + (month / 12), (month % 12) + 1);
        }

        var names = new string[reader.Read7BitEncodedInt()];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        var raw = new (int Code, int Name, bool ParentIsPrefecture, int From, int To)[reader.Read7BitEncodedInt()];
        int code = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            code += reader.Read7BitEncodedInt();
            int name = reader.Read7BitEncodedInt();
            bool parentIsPrefecture = (reader.ReadByte() & 1) != 0;
            int from = reader.ReadByte();
            raw[i] = (code, name, parentIsPrefecture, from, from + reader.ReadByte());
        }

        var rawSuccessions = new (int Old, int New, int From, SuccessionBasis Basis)[reader.Read7BitEncodedInt()];
        code = 0;
        for (int i = 0; i < rawSuccessions.Length; i++)
        {
            code += reader.Read7BitEncodedInt();
            rawSuccessions[i] = (code, reader.Read7BitEncodedInt(), reader.ReadByte(), (SuccessionBasis)reader.ReadByte());
        }

        var otherNames = new Dictionary<(int Code, int Name), (string? Hant, string? English)>();
        for (int i = reader.Read7BitEncodedInt(); i > 0; i--)
        {
            int c = reader.Read7BitEncodedInt();
            int name = reader.Read7BitEncodedInt();
            string hant = reader.ReadString();
            string english = reader.ReadString();
            otherNames.Add((c, name), (hant.Length == 0 ? null : hant, english.Length == 0 ? null : english));
        }

        var listings = new Listing[raw.Length];
        for (int i = 0; i < raw.Length; i++)
        {
            var r = raw[i];
            RegionCode regionCode = CodeOf(r.Code);
            RegionLevel level = regionCode.IsProvince ? RegionLevel.Province : regionCode.IsPrefecture ? RegionLevel.Prefecture : RegionLevel.County;
            RegionCode parent = level switch
            {
                RegionLevel.Province => RegionCode.None,
                RegionLevel.County when r.ParentIsPrefecture => regionCode.Prefecture,
                _ => regionCode.Province,
            };
            otherNames.TryGetValue((r.Code, r.Name), out var other);
            Region region = Region.Division(
                regionCode, names[r.Name], level, parent, other.Hant, other.English, months[r.From],
                r.To == months.Length ? null : months[r.To - 1]);
            listings[i] = new Listing(r.Code, r.From, r.To, region);
        }

        var data = new Gb2260Data(months, listings, [], [], []);
        var successions = new RegionSuccession[rawSuccessions.Length];
        var successionRows = new int[rawSuccessions.Length];
        var successorRows = new int[rawSuccessions.Length];
        for (int i = 0; i < rawSuccessions.Length; i++)
        {
            var s = rawSuccessions[i];
            int retired = FindRow(data, s.Old, l => l.To == s.From);
            int successor = FindRow(data, s.New, l => l.IsInForce(s.From));
            successions[i] = new RegionSuccession(listings[retired].Region, listings[successor].Region, months[s.From], s.Basis);
            successionRows[i] = retired;
            successorRows[i] = successor;
        }

        return new Gb2260Data(months, listings, successions, successionRows, successorRows);
    }

    private static int FindRow(Gb2260Data data, int code, Func<Listing, bool> match)
    {
        int first = data.FirstRowOf(code);
        ReadOnlySpan<Listing> rows = data.ListingsOf(code);
        for (int i = 0; i < rows.Length; i++)
        {
            if (match(rows[i]))
            {
                return first + i;
            }
        }

        throw new InvalidDataException($"The embedded resource {ResourceName} has a successor row for code {code} that matches no listing.");
    }

    private static RegionCode CodeOf(int code) => RegionCode.Parse(code.ToString("000000", CultureInfo.InvariantCulture));

    /// <summary>One row of codes.tsv: a code listed under one name in the lists <see cref="From"/> to <see cref="To"/> − 1.</summary>
    internal readonly record struct Listing(int Code, int From, int To, Region Region)
    {
        /// <summary>Whether the listing is in force for a list: between its first list and the one after its last.</summary>
        internal bool IsInForce(int list) => From <= list && list < To;
    }
}
