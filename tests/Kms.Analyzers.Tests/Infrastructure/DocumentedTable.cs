using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>One row of the service's error-code table, as the documentation writes it.</summary>
public sealed record SeedRow(int HttpStatusCode, string Code, string Message, string Description, string Measure);

/// <summary>
/// Reads the two editions of the documentation's RST grid table independently of the catalog: rows between
/// <c>+---+</c> rules, cells possibly wrapped over several lines, <c>**bold**</c> markup stripped.
/// </summary>
public static class SeedTable
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Seeds");

    /// <summary>Every row of one edition, repeats included, header excluded.</summary>
    public static List<SeedRow> ReadRows(string path)
    {
        var rows = new List<SeedRow>();
        List<string>? cells = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('+'))
            {
                AddRow(rows, cells);
                cells = null;
            }
            else if (line.StartsWith('|'))
            {
                var parts = line.Trim().Trim('|').Split('|');
                cells ??= parts.Select(_ => string.Empty).ToList();
                for (var i = 0; i < parts.Length && i < cells.Count; i++)
                {
                    var part = parts[i].Trim();
                    cells[i] = cells[i].Length == 0 ? part : part.Length == 0 ? cells[i] : cells[i] + " " + part;
                }
            }
        }

        AddRow(rows, cells);
        return rows;
    }

    /// <summary>The union of both editions, one row per code; the newer edition (the later file name) wins.</summary>
    public static SortedDictionary<string, SeedRow> ReadMerged()
    {
        var merged = new SortedDictionary<string, SeedRow>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            foreach (var row in ReadRows(path).GroupBy(r => r.Code).Select(g => g.First()))
            {
                merged[row.Code] = row;
            }
        }

        return merged;
    }

    private static void AddRow(List<SeedRow> rows, List<string>? cells)
    {
        if (cells is null || cells.Count != 5 || !int.TryParse(cells[0], out var status))
        {
            return; // the header row, or nothing
        }

        var text = cells.Select(c => c.Replace("**", string.Empty, StringComparison.Ordinal)).ToArray();
        rows.Add(new SeedRow(status, text[1], text[2], text[3], text[4]));
    }
}
