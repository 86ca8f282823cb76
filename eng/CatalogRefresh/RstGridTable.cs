using System.Collections.Generic;

namespace Kms.CatalogRefresh;

/// <summary>The rows of an RST grid table: cells between <c>|</c>, a row wrapped over lines up to the next <c>+---</c> rule.</summary>
internal static class RstGridTable
{
    public static List<List<string>> Rows(string text)
    {
        var rows = new List<List<string>>();
        List<string>? row = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r').Trim();
            if (line.StartsWith('+'))
            {
                AddRow(rows, row);
                row = null;
            }
            else if (line.StartsWith('|'))
            {
                var parts = line.Trim('|').Split('|');
                row ??= new List<string>(new string[parts.Length]);
                for (var i = 0; i < parts.Length && i < row.Count; i++)
                {
                    row[i] = Join(row[i], parts[i].Trim());
                }
            }
        }

        AddRow(rows, row);
        return rows;
    }

    private static string Join(string? before, string part)
        => string.IsNullOrEmpty(before) ? part : part.Length == 0 ? before : before + " " + part;

    private static void AddRow(List<List<string>> rows, List<string>? row)
    {
        if (row is not null)
        {
            rows.Add(row.ConvertAll(cell => (cell ?? string.Empty).Replace("**", string.Empty)));
        }
    }
}
