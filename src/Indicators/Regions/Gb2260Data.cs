using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.IO.Compression;
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
/// <para>Months are kept as indices into the lists: listing <c>i</c> is in force for the lists <c>From(i)</c> to
/// <c>To(i) − 1</c>, which by the README's rule (the newest list at or before a month) is every month from its first
/// list up to the month before the next list after its last.</para>
/// <para>Loading only fills arrays; the <see cref="Region"/> and <see cref="RegionSuccession"/> objects and each list's
/// hierarchy are made when first asked for, and published with <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/>
/// (two threads may both make one; both are equal and one wins).</para>
/// </remarks>
internal sealed class Gb2260Data
{
    internal const string ResourceName = "Indicators.Regions.gb2260.bin.gz";

    private static readonly Lazy<Gb2260Data> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int firstMonth;
    private readonly byte[] listByMonth;
    private readonly string[] names;
    private readonly int[] codes;
    private readonly int[] nameIndices;
    private readonly bool[] parentIsPrefecture;
    private readonly byte[] from;
    private readonly byte[] to;
    private readonly int[] successionOld;
    private readonly int[] successionNew;
    private readonly byte[] successionFrom;
    private readonly SuccessionBasis[] successionBasis;
    private readonly int[] successionStart;
    private readonly Dictionary<(int Code, int Name), (string? Hant, string? English)> otherNames;
    private readonly Region?[] regions;
    private readonly RegionSuccession?[] successions;
    private readonly RegionHierarchy?[] hierarchies;

    private Gb2260Data(BinaryReader reader)
    {
        if (!reader.ReadBytes(7).AsSpan().SequenceEqual("GB2260\u0001"u8))
        {
            throw new InvalidDataException($"The embedded resource {ResourceName} is not version 1 of the GB2260 format.");
        }

        var months = new YearMonth[reader.Read7BitEncodedInt()];
        var ordinals = new int[months.Length];
        int month = 0;
        for (int i = 0; i < months.Length; i++)
        {
            month += reader.Read7BitEncodedInt();
            ordinals[i] = month;
            months[i] = new YearMonth(1980 + (month / 12), (month % 12) + 1);
        }

        Months = new ReadOnlyCollection<YearMonth>(months);
        firstMonth = ordinals[0];
        listByMonth = new byte[ordinals[^1] - firstMonth + 1];
        for (int i = 0, list = 0; i < listByMonth.Length; i++)
        {
            while (list + 1 < ordinals.Length && ordinals[list + 1] <= firstMonth + i)
            {
                list++;
            }

            listByMonth[i] = (byte)list;
        }

        names = new string[reader.Read7BitEncodedInt()];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = reader.ReadString();
        }

        int count = reader.Read7BitEncodedInt();
        codes = new int[count];
        nameIndices = new int[count];
        parentIsPrefecture = new bool[count];
        from = new byte[count];
        to = new byte[count];
        for (int i = 0, code = 0; i < count; i++)
        {
            codes[i] = code += reader.Read7BitEncodedInt();
            nameIndices[i] = reader.Read7BitEncodedInt();
            parentIsPrefecture[i] = (reader.ReadByte() & 1) != 0;
            from[i] = reader.ReadByte();
            to[i] = (byte)(from[i] + reader.ReadByte());
        }

        count = reader.Read7BitEncodedInt();
        successionOld = new int[count];
        successionNew = new int[count];
        successionFrom = new byte[count];
        successionBasis = new SuccessionBasis[count];
        for (int i = 0, code = 0; i < count; i++)
        {
            successionOld[i] = code += reader.Read7BitEncodedInt();
            successionNew[i] = reader.Read7BitEncodedInt();
            successionFrom[i] = reader.ReadByte();
            successionBasis[i] = (SuccessionBasis)reader.ReadByte();
        }

        // Where each listing's successor rows start (they are sorted by old code, then month): rows for listing i are
        // successionStart[i] .. successionStart[i + 1] − 1.
        successionStart = new int[codes.Length + 1];
        for (int i = 0, s = 0; i <= codes.Length; i++)
        {
            while (s < count && i < codes.Length && (successionOld[s] < codes[i] || (successionOld[s] == codes[i] && successionFrom[s] < to[i])))
            {
                s++;
            }

            successionStart[i] = i == codes.Length ? count : s;
        }

        for (int i = 0; i < codes.Length; i++)
        {
            for (int s = successionStart[i]; s < successionStart[i + 1]; s++)
            {
                if (successionOld[s] != codes[i] || successionFrom[s] != to[i])
                {
                    throw new InvalidDataException($"The embedded resource {ResourceName} has a successor row for code {successionOld[s]} that matches no listing.");
                }
            }
        }

        otherNames = [];
        for (int i = reader.Read7BitEncodedInt(); i > 0; i--)
        {
            int code = reader.Read7BitEncodedInt();
            int name = reader.Read7BitEncodedInt();
            string hant = reader.ReadString();
            string english = reader.ReadString();
            otherNames.Add((code, name), (hant.Length == 0 ? null : hant, english.Length == 0 ? null : english));
        }

        regions = new Region?[codes.Length];
        successions = new RegionSuccession?[count];
        hierarchies = new RegionHierarchy?[months.Length];
    }

    /// <summary>The list, read on first use; thread-safe.</summary>
    internal static Gb2260Data Instance => Loaded.Value;

    /// <summary>The months of the 72 lists, oldest first.</summary>
    internal ReadOnlyCollection<YearMonth> Months { get; }

    /// <summary>The number of listings.</summary>
    internal int Count => codes.Length;

    /// <summary>The index of the list in force for a month: the newest at or before it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month is before the first list.</exception>
    internal int ListIndex(YearMonth month, string paramName)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"The month {month} is not in the ISO calendar; the lists are dated by ISO months.", paramName);
        }

        if (!TryListIndex(month.Year, month.Month, out int list))
        {
            throw new ArgumentOutOfRangeException(
                paramName, month, string.Create(CultureInfo.InvariantCulture, $"The first list of GB/T 2260 codes the package has is that of {Months[0]:uuuu-MM}; got {month:uuuu-MM}."));
        }

        return list;
    }

    /// <summary>The index of the list in force for an ISO year and month, if there is one (not before the first list).</summary>
    internal bool TryListIndex(int year, int month, out int list)
    {
        int offset = (((year - 1980) * 12) + month - 1) - firstMonth;
        list = offset < 0 ? -1 : offset < listByMonth.Length ? listByMonth[offset] : Months.Count - 1;
        return offset >= 0;
    }

    /// <summary>The code of listing <paramref name="row"/>.</summary>
    internal int CodeAt(int row) => codes[row];

    /// <summary>The first list of listing <paramref name="row"/>.</summary>
    internal int FromAt(int row) => from[row];

    /// <summary>The list after the last of listing <paramref name="row"/> (the number of lists when still listed).</summary>
    internal int ToAt(int row) => to[row];

    /// <summary>Whether listing <paramref name="row"/> is in force for a list.</summary>
    internal bool IsInForce(int row, int list) => from[row] <= list && list < to[row];

    /// <summary>The listings of a code: <c>[start, start + count)</c>, oldest first; count 0 when it is never listed.</summary>
    internal (int Start, int Count) RowsOf(int code)
    {
        int i = Array.BinarySearch(codes, code);
        if (i < 0)
        {
            return (0, 0);
        }

        int start = i;
        while (start > 0 && codes[start - 1] == code)
        {
            start--;
        }

        int end = i + 1;
        while (end < codes.Length && codes[end] == code)
        {
            end++;
        }

        return (start, end - start);
    }

    /// <summary>The listing <paramref name="row"/> as a region, with the parent codes.tsv gives it.</summary>
    internal Region RegionAt(int row)
    {
        Region? region = Volatile.Read(ref regions[row]);
        if (region is null)
        {
            region = MakeRegion(row);
            region = Interlocked.CompareExchange(ref regions[row], region, null) ?? region;
        }

        return region;
    }

    /// <summary>The successor rows of listing <paramref name="row"/> (those whose <c>from</c> is the list after its last),
    /// as indices for <see cref="SuccessionAt"/>.</summary>
    internal (int Start, int Count) SuccessionsOf(int row) => (successionStart[row], successionStart[row + 1] - successionStart[row]);

    /// <summary>A successor row.</summary>
    internal RegionSuccession SuccessionAt(int index)
    {
        RegionSuccession? succession = Volatile.Read(ref successions[index]);
        if (succession is null)
        {
            succession = new RegionSuccession(RegionAt(RetiredRow(index)), RegionAt(SuccessorRow(index)), Months[successionFrom[index]], successionBasis[index]);
            succession = Interlocked.CompareExchange(ref successions[index], succession, null) ?? succession;
        }

        return succession;
    }

    /// <summary>The listing a successor row retires: that of the old code whose last list is the one before <c>from</c>.</summary>
    internal int RetiredRow(int index) => FindRow(successionOld[index], row => to[row] == successionFrom[index]);

    /// <summary>The listing a successor row leads to: that of the new code in force in the list <c>from</c>.</summary>
    internal int SuccessorRow(int index) => FindRow(successionNew[index], row => IsInForce(row, successionFrom[index]));

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

    private static Gb2260Data Load()
    {
        using Stream resource = typeof(Gb2260Data).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the Indicators assembly.");
        using var bytes = new MemoryStream(capacity: 128 * 1024);
        using (var gzip = new GZipStream(resource, CompressionMode.Decompress))
        {
            gzip.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var reader = new BinaryReader(bytes, Encoding.UTF8);
        return new Gb2260Data(reader);
    }

    private Region MakeRegion(int row)
    {
        int code = codes[row];
        RegionCode regionCode = CodeOf(code);
        RegionLevel level = regionCode.IsProvince ? RegionLevel.Province : regionCode.IsPrefecture ? RegionLevel.Prefecture : RegionLevel.County;
        RegionCode parent = level switch
        {
            RegionLevel.Province => RegionCode.None,
            RegionLevel.County when parentIsPrefecture[row] => regionCode.Prefecture,
            _ => regionCode.Province,
        };
        otherNames.TryGetValue((code, nameIndices[row]), out var other);
        return Region.Division(
            regionCode, names[nameIndices[row]], level, parent, other.Hant, other.English, Months[from[row]],
            to[row] == Months.Count ? null : Months[to[row] - 1]);
    }

    private RegionHierarchy Build(int list)
    {
        var inForce = new HashSet<int>();
        for (int row = 0; row < codes.Length; row++)
        {
            if (IsInForce(row, list))
            {
                inForce.Add(codes[row]);
            }
        }

        var listed = new List<Region>(inForce.Count);
        for (int row = 0; row < codes.Length; row++)
        {
            if (!IsInForce(row, list))
            {
                continue;
            }

            // A county whose prefecture is not in this very list (a few in the 1980s) hangs under its province.
            Region region = RegionAt(row);
            if (parentIsPrefecture[row] && !inForce.Contains(codes[row] / 100 * 100))
            {
                region = region.WithParent(region.Code.Province.ToString());
            }

            listed.Add(region);
        }

        return RegionHierarchy.Create(listed);
    }

    private int FindRow(int code, Func<int, bool> match)
    {
        (int start, int count) = RowsOf(code);
        for (int row = start; row < start + count; row++)
        {
            if (match(row))
            {
                return row;
            }
        }

        throw new InvalidDataException($"The embedded resource {ResourceName} has a successor row for code {code} that matches no listing.");
    }

    private static RegionCode CodeOf(int code) => RegionCode.Parse(code.ToString("000000", CultureInfo.InvariantCulture));
}
