using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kms.Analyzers.TestSupport;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// Reads editions of the documentation's RST grid table independently of the catalog and of the refresh tool: rows
/// between <c>+---+</c> rules, cells possibly wrapped over several lines, <c>**bold**</c> markup stripped.
/// </summary>
public static class DocumentedTable
{
    /// <summary>The two seed editions of 2022 (68 codes).</summary>
    public static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "Seeds");

    /// <summary>The edition of 2025-12-09 (160 KMS codes), which superseded the seeds.</summary>
    public static readonly string Edition20251209 = RepositoryPaths.Combine("src", "Kms.ErrorCodes", "Editions", "error_code-2025-12-09.rst");

    /// <summary>The KMS rows of the 2025-12-09 edition, one per code (it also lists CSMS codes, another service's).</summary>
    public static SortedDictionary<string, DocumentedRow> ReadEdition20251209()
        => new(ReadRows(Edition20251209).Where(r => r.Code.StartsWith("KMS.", StringComparison.Ordinal)).ToDictionary(r => r.Code), StringComparer.Ordinal);

    /// <summary>Every row of one edition, repeats included, header excluded.</summary>
    public static List<DocumentedRow> ReadRows(string path)
    {
        var rows = new List<DocumentedRow>();
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

    /// <summary>The union of both seed editions, one row per code; the newer edition (the later file name) wins.</summary>
    public static SortedDictionary<string, DocumentedRow> ReadSeeds()
    {
        var merged = new SortedDictionary<string, DocumentedRow>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(SeedFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            foreach (var row in ReadRows(path).GroupBy(r => r.Code).Select(g => g.First()))
            {
                merged[row.Code] = row;
            }
        }

        return merged;
    }

    private static void AddRow(List<DocumentedRow> rows, List<string>? cells)
    {
        if (cells is null || cells.Count != 5 || !int.TryParse(cells[0], out var status))
        {
            return; // the header row, or nothing
        }

        var text = cells.Select(c => c.Replace("**", string.Empty, StringComparison.Ordinal)).ToArray();
        rows.Add(new DocumentedRow(status, text[1], text[2], text[3], text[4]));
    }
}
