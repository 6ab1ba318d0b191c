using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Indicators.Tests.Regions;

/// <summary>
/// The TSV files of data/gb2260/ read as text, with no code of the library: what the embedded list must say.
/// Months stay "YYYY-MM" strings, codes six-digit strings, as the README says to keep them.
/// </summary>
public static class Gb2260Source
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "data", "gb2260");
            if (File.Exists(Path.Combine(path, "codes.tsv")))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"No data/gb2260/codes.tsv above {AppContext.BaseDirectory}.");
    });

    private static readonly Lazy<CodeRow[]> CodeRows = new(() =>
        Read("codes.tsv", "code\tname\tlevel\tparent_code\tvalid_from\tvalid_to")
            .Select(f => new CodeRow(f[0], f[1], f[2], f[3], f[4], f[5].Length == 0 ? null : f[5])).ToArray());

    private static readonly Lazy<SuccessorRow[]> SuccessorRows = new(() =>
        Read("successors.tsv", "old_code\tnew_code\tfrom\tbasis").Select(f => new SuccessorRow(f[0], f[1], f[2], f[3])).ToArray());

    private static readonly Lazy<NameRow[]> NameRows = new(() =>
        Read("names.tsv", "code\tname\tname_zh_hant\tname_en")
            .Select(f => new NameRow(f[0], f[1], f[2].Length == 0 ? null : f[2], f[3].Length == 0 ? null : f[3])).ToArray());

    /// <summary>The months of the 72 lists as the README's "Source" section gives them.</summary>
    public static IReadOnlyList<string> ListMonths { get; } =
        Enumerable.Range(1980, 32).Select(y => $"{y}-12")
            .Concat(["2013-12", "2014-12"])
            .Concat(Enumerable.Range(0, 37).Select(i => $"{2015 + (i / 12)}-{(i % 12) + 1:00}"))
            .Append("2019-04")
            .ToArray();

    public static CodeRow[] Codes => CodeRows.Value;

    public static SuccessorRow[] Successors => SuccessorRows.Value;

    public static NameRow[] Names => NameRows.Value;

    /// <summary>The list in force for a month "YYYY-MM": the newest at or before it.</summary>
    public static string ListFor(string month) => ListMonths.Last(m => string.CompareOrdinal(m, month) <= 0);

    /// <summary>Whether a row is listed in a list (the span from its first to its last list, holes ignored).</summary>
    public static bool IsListedIn(CodeRow row, string list) =>
        string.CompareOrdinal(row.ValidFrom, list) <= 0 && (row.ValidTo is null || string.CompareOrdinal(list, row.ValidTo) <= 0);

    private static IEnumerable<string[]> Read(string file, string header)
    {
        string[] lines = File.ReadAllText(Path.Combine(Folder.Value, file), new UTF8Encoding(false, true)).Split('\n');
        if (lines[0] != header)
        {
            throw new InvalidDataException($"{file}: unexpected header {lines[0]}.");
        }

        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
    }

    public sealed record CodeRow(string Code, string Name, string Level, string Parent, string ValidFrom, string? ValidTo);

    public sealed record SuccessorRow(string OldCode, string NewCode, string From, string Basis);

    public sealed record NameRow(string Code, string Name, string? Hant, string? English);
}
