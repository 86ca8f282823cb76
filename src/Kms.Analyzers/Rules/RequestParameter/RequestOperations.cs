using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>The operations (<c>All</c>, generated from KmsRequestOperations.tsv) and the names that identify their bodies.</summary>
internal static partial class RequestOperations
{
    /// <summary>Built on first use, after <c>All</c> (generated in another part of this class) is.</summary>
    private static class BodyRows
    {
        public static readonly HashSet<string> Distinctive = new(RequestParameters.DistinctiveJsonNames.Split(' '), StringComparer.Ordinal);

        /// <summary>Every body row by JSON name, in the table's order: what a body whose operation is not known may be.</summary>
        public static readonly Dictionary<string, List<RequestParameter>> RowsByName = Build();

        private static Dictionary<string, List<RequestParameter>> Build()
        {
            var rowsByName = new Dictionary<string, List<RequestParameter>>(StringComparer.Ordinal);
            foreach (var row in RequestParameters.All)
            {
                var inBody = false;
                foreach (var operation in All)
                {
                    if (operation.HasName(row.Name) && IsOnBody(row, operation.Body))
                    {
                        operation.AddRow(row);
                        inBody = true;
                    }
                }

                if (inBody)
                {
                    if (!rowsByName.TryGetValue(row.Name, out var rows))
                    {
                        rowsByName.Add(row.Name, rows = new List<RequestParameter>());
                    }

                    rows.Add(row);
                }
            }

            return rowsByName;
        }

        private static bool IsOnBody(RequestParameter row, string body)
        {
            foreach (var property in row.SdkPropertyNames)
            {
                if (property.TypeName == body || property.TypeName == RequestParameters.AnyBody)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Whether a JSON name identifies a KMS body on its own (KmsRequestNames.tsv).</summary>
    public static bool IsDistinctive(string name) => BodyRows.Distinctive.Contains(name);

    /// <summary>The body rows of <paramref name="name"/>, of every operation; null where no body row has it.</summary>
    public static IReadOnlyList<RequestParameter>? RowsOf(string name) => BodyRows.RowsByName.TryGetValue(name, out var rows) ? rows : null;

    /// <summary>Whether any operation's body has a row for <paramref name="name"/>: the cheap first question.</summary>
    public static bool IsCheckedName(string? name) => name is not null && BodyRows.RowsByName.ContainsKey(name);
}
