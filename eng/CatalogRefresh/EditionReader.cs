using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Kms.CatalogRefresh;

/// <summary>
/// The KMS rows of an edition of the error-code table, from the documentation's RST grid table or the
/// saved HTML page; other services' rows (CSMS, KPS) are left out.
/// </summary>
public static class EditionReader
{
    private static readonly Regex KmsCode = new(@"^KMS\.[0-9]{4}$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<EditionRow> Read(string text)
    {
        var rows = LooksLikeHtml(text) ? HtmlTable.Rows(text) : RstGridTable.Rows(text);
        var kms = new List<EditionRow>();
        foreach (var cells in rows)
        {
            if (cells.Count == 5 && int.TryParse(cells[0], out var status) && KmsCode.IsMatch(cells[1]))
            {
                kms.Add(new EditionRow(status, cells[1], cells[2], cells[3], cells[4]));
            }
        }

        var repeated = kms.GroupBy(r => r.Code).Where(g => g.Distinct().Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new FormatException("the edition gives different rows for " + string.Join(", ", repeated));
        }

        return kms.Distinct().OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
    }

    private static bool LooksLikeHtml(string text) => text.TrimStart().StartsWith('<') || text.Contains("<table", StringComparison.OrdinalIgnoreCase);
}
