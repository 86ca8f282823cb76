using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// A hand-built object found to be a KMS request body: of one operation, of one of several its names fit,
/// or of none known (a KMS address naming no operation).
/// </summary>
internal sealed class RequestBody
{
    private readonly IReadOnlyList<RequestOperation> candidates;

    public RequestBody(IReadOnlyList<RequestOperation> candidates)
    {
        this.candidates = candidates;
        Operation = candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>The one operation the body is for; null where it may be several.</summary>
    public RequestOperation? Operation { get; }

    /// <summary>
    /// The rows that check <paramref name="name"/>, taken as alternatives where the operation is not known (a value
    /// is reported only when all reject it); null where some candidate leaves it unchecked.
    /// </summary>
    public IReadOnlyList<RequestParameter>? RowsOf(string name)
    {
        if (Operation is not null)
        {
            var rows = Operation.RowsOf(name);
            return rows.Count > 0 ? rows : null;
        }

        if (candidates.Count == 0)
        {
            return RequestOperations.RowsOf(name);
        }

        List<RequestParameter>? alternatives = null;
        foreach (var operation in candidates)
        {
            var rows = operation.RowsOf(name);
            if (rows.Count == 0 && operation.HasName(name))
            {
                return null; // an operation that documents no limit for it accepts any value
            }

            foreach (var row in rows)
            {
                alternatives ??= new List<RequestParameter>();
                if (!alternatives.Contains(row))
                {
                    alternatives.Add(row);
                }
            }
        }

        // In the table's order, as where the operation is not known at all: the first row's terms are the message's.
        alternatives?.Sort(static (left, right) => System.Array.IndexOf(RequestParameters.All, left).CompareTo(System.Array.IndexOf(RequestParameters.All, right)));
        return alternatives;
    }
}
