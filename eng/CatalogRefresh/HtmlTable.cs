using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;

namespace Kms.CatalogRefresh;

/// <summary>The rows of the tables of an HTML page: each <c>tr</c>'s <c>td</c> cells as text, tags dropped, white space folded.</summary>
internal static class HtmlTable
{
    private static readonly Regex Row = new(@"<tr\b[^>]*>(.*?)</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Cell = new(@"<t[dh]\b[^>]*>(.*?)</t[dh]>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    private static readonly Regex Space = new(@"\s+", RegexOptions.CultureInvariant);

    public static List<List<string>> Rows(string html)
    {
        var rows = new List<List<string>>();
        foreach (Match row in Row.Matches(html))
        {
            var cells = new List<string>();
            foreach (Match cell in Cell.Matches(row.Groups[1].Value))
            {
                var text = WebUtility.HtmlDecode(Tag.Replace(cell.Groups[1].Value, " "));
                cells.Add(Space.Replace(text, " ").Trim());
            }

            rows.Add(cells);
        }

        return rows;
    }
}
