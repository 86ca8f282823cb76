using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kms.CatalogRefresh;

/// <summary>KmsErrorCodes.tsv as text: its leading comment lines, kept as they are, and its rows.</summary>
public sealed record CatalogFile(IReadOnlyList<string> Comments, IReadOnlyList<CatalogRow> Rows)
{
    public static CatalogFile Parse(string tsv)
    {
        var comments = new List<string>();
        var rows = new List<CatalogRow>();
        var headerSeen = false;
        foreach (var rawLine in tsv.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0)
            {
                continue;
            }

            if (!headerSeen && line.StartsWith('#'))
            {
                comments.Add(line);
            }
            else if (!headerSeen)
            {
                if (line != string.Join('\t', CatalogRow.Columns))
                {
                    throw new FormatException("the header is not " + string.Join(", ", CatalogRow.Columns));
                }

                headerSeen = true;
            }
            else
            {
                var c = line.Split('\t');
                if (c.Length != CatalogRow.Columns.Length || !int.TryParse(c[2], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
                {
                    throw new FormatException("not a row of " + CatalogRow.Columns.Length + " cells: " + line);
                }

                rows.Add(new CatalogRow(c[0], c[1], status, c[3], c[4], c[5], c[6], c[7], c[8], c[9]));
            }
        }

        return new CatalogFile(comments, rows);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var comment in Comments)
        {
            text.Append(comment).Append('\n');
        }

        text.Append(string.Join('\t', CatalogRow.Columns)).Append('\n');
        foreach (var row in Rows)
        {
            text.Append(string.Join('\t', row.Cells())).Append('\n');
        }

        return text.ToString();
    }
}
