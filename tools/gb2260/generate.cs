// Writes src/Indicators/Regions/Data/gb2260.bin.gz from data/gb2260/{codes,successors,names}.tsv.
// Run from the repository root: dotnet run tools/gb2260/generate.cs
// The format is read by src/Indicators/Regions/Gb2260Data.cs and described in docs/regions.md; the test
// Gb2260DataTests checks that the embedded file says what the TSV files say.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

string root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
string data = Path.Combine(root, "data", "gb2260");
string output = Path.Combine(root, "src", "Indicators", "Regions", "Data", "gb2260.bin.gz");

// The 72 MCA lists (data/gb2260/README.md, "Source"): every December 1980-2011, 2013-12, 2014-12, every month
// 2015-01 to 2018-01, and 2019-04.
var files = new List<int>();
for (int year = 1980; year <= 2011; year++)
{
    files.Add(Month(year, 12));
}

files.Add(Month(2013, 12));
files.Add(Month(2014, 12));
for (int m = Month(2015, 1); m <= Month(2018, 1); m++)
{
    files.Add(m);
}

files.Add(Month(2019, 4));
if (files.Count != 72)
{
    throw new InvalidDataException($"Expected 72 lists, made {files.Count}.");
}

var fileIndex = files.Select((month, i) => (month, i)).ToDictionary(p => p.month, p => p.i);
int FileOf(string text, string where) =>
    fileIndex.TryGetValue(ParseMonth(text, where), out int i) ? i : throw new InvalidDataException($"{where}: {text} is not the month of an MCA list.");

var names = new List<string>();
var nameIndex = new Dictionary<string, int>(StringComparer.Ordinal);
int NameOf(string name)
{
    if (!nameIndex.TryGetValue(name, out int i))
    {
        i = names.Count;
        names.Add(name);
        nameIndex.Add(name, i);
    }

    return i;
}

var rows = new List<(int Code, int Name, bool ParentIsPrefecture, int From, int To)>();
foreach ((string[] f, string where) in Read(Path.Combine(data, "codes.tsv"), "code\tname\tlevel\tparent_code\tvalid_from\tvalid_to", 6))
{
    int code = ParseCode(f[0], where);
    string level = code % 10_000 == 0 ? "province" : code % 100 == 0 ? "prefecture" : "county";
    if (f[2] != level)
    {
        throw new InvalidDataException($"{where}: level {f[2]}, but the code's shape says {level}.");
    }

    bool parentIsPrefecture = false;
    string province = (code / 10_000 * 10_000).ToString("000000", CultureInfo.InvariantCulture);
    string prefecture = (code / 100 * 100).ToString("000000", CultureInfo.InvariantCulture);
    if (level == "province" ? f[3].Length != 0 : level == "prefecture" ? f[3] != province : f[3] != province && f[3] != prefecture)
    {
        throw new InvalidDataException($"{where}: parent {f[3]} is neither {prefecture} nor {province} as the README says.");
    }

    parentIsPrefecture = level == "county" && f[3] == prefecture;
    int from = FileOf(f[4], where);
    int to = f[5].Length == 0 ? files.Count : FileOf(f[5], where) + 1;
    if (to <= from || (rows.Count > 0 && rows[^1].Code > code) || (rows.Count > 0 && rows[^1].Code == code && rows[^1].To > from))
    {
        throw new InvalidDataException($"{where}: rows out of order or overlapping.");
    }

    rows.Add((code, NameOf(f[1]), parentIsPrefecture, from, to));
}

string[] bases =
[
    "auto:same-name-same-prefecture", "auto:same-name-same-province", "auto:same-stem-same-prefecture",
    "auto:same-stem-same-province", "manual:replaced-by", "manual:merged-into", "manual:split",
];
var successors = new List<(int Old, int New, int From, int Basis)>();
foreach ((string[] f, string where) in Read(Path.Combine(data, "successors.tsv"), "old_code\tnew_code\tfrom\tbasis", 4))
{
    int basis = Array.IndexOf(bases, f[3]);
    if (basis < 0)
    {
        throw new InvalidDataException($"{where}: unknown basis {f[3]}.");
    }

    successors.Add((ParseCode(f[0], where), ParseCode(f[1], where), FileOf(f[2], where), basis));
}

var extra = new List<(int Code, int Name, string Hant, string English)>();
foreach ((string[] f, string where) in Read(Path.Combine(data, "names.tsv"), "code\tname\tname_zh_hant\tname_en", 4))
{
    int code = ParseCode(f[0], where);
    if (!nameIndex.TryGetValue(f[1], out int name) || !rows.Any(r => r.Code == code && r.Name == name))
    {
        throw new InvalidDataException($"{where}: no row of codes.tsv has code {f[0]} and name {f[1]}.");
    }

    extra.Add((code, name, f[2], f[3]));
}

using var buffer = new MemoryStream();
using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
{
    writer.Write("GB2260"u8);
    writer.Write((byte)1);
    writer.Write7BitEncodedInt(files.Count);
    int previous = 0;
    foreach (int month in files)
    {
        writer.Write7BitEncodedInt(month - previous);
        previous = month;
    }

    writer.Write7BitEncodedInt(names.Count);
    foreach (string name in names)
    {
        writer.Write(name);
    }

    writer.Write7BitEncodedInt(rows.Count);
    previous = 0;
    foreach (var row in rows)
    {
        writer.Write7BitEncodedInt(row.Code - previous);
        previous = row.Code;
        writer.Write7BitEncodedInt(row.Name);
        writer.Write((byte)(row.ParentIsPrefecture ? 1 : 0));
        writer.Write((byte)row.From);
        writer.Write((byte)(row.To - row.From));
    }

    writer.Write7BitEncodedInt(successors.Count);
    previous = 0;
    foreach (var s in successors)
    {
        writer.Write7BitEncodedInt(s.Old - previous);
        previous = s.Old;
        writer.Write7BitEncodedInt(s.New);
        writer.Write((byte)s.From);
        writer.Write((byte)s.Basis);
    }

    writer.Write7BitEncodedInt(extra.Count);
    foreach (var e in extra)
    {
        writer.Write7BitEncodedInt(e.Code);
        writer.Write7BitEncodedInt(e.Name);
        writer.Write(e.Hant);
        writer.Write(e.English);
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(output)!);
using (var file = File.Create(output))
using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
{
    buffer.Position = 0;
    buffer.CopyTo(gzip);
}

Console.WriteLine($"{output}: {rows.Count} rows, {names.Count} names, {successors.Count} successor rows, {extra.Count} names in other languages; {buffer.Length} bytes, {new FileInfo(output).Length} gzipped.");

static int Month(int year, int month) => ((year - 1980) * 12) + month - 1;

static int ParseMonth(string text, string where) =>
    text.Length == 7 && text[4] == '-'
    && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y)
    && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12
        ? Month(y, m)
        : throw new InvalidDataException($"{where}: {text} is not YYYY-MM.");

static int ParseCode(string text, string where) =>
    text.Length == 6 && text[0] != '0' && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int code)
        ? code
        : throw new InvalidDataException($"{where}: {text} is not a six-digit code.");

static IEnumerable<(string[] Fields, string Where)> Read(string path, string header, int columns)
{
    string[] lines = File.ReadAllText(path, new UTF8Encoding(false, true)).Split('\n');
    if (lines[0] != header || lines[^1].Length != 0)
    {
        throw new InvalidDataException($"{path}: expected the header \"{header}\" and a final line feed.");
    }

    for (int i = 1; i < lines.Length - 1; i++)
    {
        string[] fields = lines[i].Split('\t');
        if (fields.Length != columns)
        {
            throw new InvalidDataException($"{path}:{i + 1}: expected {columns} fields, got {fields.Length}.");
        }

        yield return (fields, $"{Path.GetFileName(path)}:{i + 1}");
    }
}
