using System;
using System.Collections.Generic;
using System.Linq;

namespace Kms.CatalogRefresh;

/// <summary>
/// A new edition of the table applied to the catalog: every code's status and wording come from the edition, every
/// constant name and transience decision the catalog has is kept, and what needs a maintainer is listed.
/// </summary>
public static class CatalogRefresher
{
    public static (CatalogFile Catalog, IReadOnlyList<CatalogChange> Changes) Refresh(CatalogFile catalog, IReadOnlyList<EditionRow> edition, string source)
    {
        var known = catalog.Rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var names = new HashSet<string>(catalog.Rows.Select(r => r.ConstantName), StringComparer.Ordinal);
        var changes = new List<CatalogChange>();
        var rows = new List<CatalogRow>();
        foreach (var entry in edition)
        {
            if (!known.Remove(entry.Code, out var row))
            {
                var name = NameProposal.Unique(NameProposal.From(entry.Message), names);
                rows.Add(new CatalogRow(entry.Code, name, entry.HttpStatusCode, CatalogRow.Undecided, CatalogRow.Undecided, CatalogRow.Undecided, source, entry.Message, entry.Description, entry.Measure));
                changes.Add(new CatalogChange(entry.Code, CatalogChangeKind.New, "HTTP " + entry.HttpStatusCode + " \"" + entry.Message + "\": check the proposed name " + name + ", decide IsTransient, Decided and Why"));
                continue;
            }

            if (!row.HasTextOf(entry))
            {
                changes.Add(new CatalogChange(entry.Code, CatalogChangeKind.Changed, Difference(row, entry)));
                row = row with { HttpStatusCode = entry.HttpStatusCode, Message = entry.Message, Description = entry.Description, Measure = entry.Measure };
            }

            rows.Add(row);
        }

        foreach (var gone in known.Values)
        {
            rows.Add(gone);
            changes.Add(new CatalogChange(gone.Code, CatalogChangeKind.Gone, "not in this edition; the row and its constant " + gone.ConstantName + " stay until a maintainer retires them with [Obsolete]"));
        }

        rows.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        changes.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : string.CompareOrdinal(a.Code, b.Code));
        return (catalog with { Rows = rows }, changes);
    }

    private static string Difference(CatalogRow row, EditionRow entry)
    {
        var parts = new List<string>();
        if (row.HttpStatusCode != entry.HttpStatusCode)
        {
            parts.Add("HTTP " + row.HttpStatusCode + " -> " + entry.HttpStatusCode + ": review the transience decision");
        }

        Add(parts, "message", row.Message, entry.Message);
        Add(parts, "description", row.Description, entry.Description);
        Add(parts, "measure", row.Measure, entry.Measure);
        return string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string what, string before, string after)
    {
        if (before != after)
        {
            parts.Add(what + " \"" + before + "\" -> \"" + after + "\"");
        }
    }
}
