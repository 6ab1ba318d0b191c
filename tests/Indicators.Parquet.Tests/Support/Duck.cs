using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;

namespace Indicators.Parquet.Tests.Support;

/// <summary>Queries a Parquet file with embedded DuckDB, in memory: every value of every row as culture-invariant text
/// (null as null), so results compare as plain strings.</summary>
internal static class Duck
{
    /// <summary>Runs a query in which <c>$path</c> names the file; the rows in the order DuckDB returns them.</summary>
    internal static List<string?[]> Query(string sql, string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add(new DuckDBParameter("path", path));
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (int c = 0; c < row.Length; c++)
            {
                row[c] = reader.IsDBNull(c) ? null : Text(reader.GetValue(c));
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Text(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", Items(list)) + "]",
        _ => value.ToString()!,
    };

    private static IEnumerable<string> Items(System.Collections.IEnumerable list)
    {
        foreach (object? item in list)
        {
            yield return item is null ? "null" : Text(item);
        }
    }
}
