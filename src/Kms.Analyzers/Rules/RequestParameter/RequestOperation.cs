using System;
using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>A KMS operation that takes a JSON body (a row of KmsRequestOperations.tsv), with the rows that check its body.</summary>
internal sealed class RequestOperation
{
    private static readonly IReadOnlyList<RequestParameter> NoRows = Array.Empty<RequestParameter>();
    private readonly Dictionary<string, IReadOnlyList<RequestParameter>> rowsByName = new(StringComparer.Ordinal);

    public RequestOperation(string name, string path, bool pathAlone, string body, string bodyNames)
    {
        Name = name;
        Path = path;
        PathAlone = pathAlone;
        Body = body;
        BodyNames = bodyNames.Split(' ');
        var kms = Path.IndexOf(KmsAddress.KmsSegment, StringComparison.Ordinal);
        PathAfterKms = kms < 0 ? Array.Empty<string>() : Path.Substring(kms + KmsAddress.KmsSegment.Length).Split('/');
    }

    /// <summary>The SDK client's method: <c>ListKeys</c>.</summary>
    public string Name { get; }

    public string Path { get; }

    /// <summary>Whether <see cref="PathAfterKms"/> names KMS in an address without the <c>kms</c> segment.</summary>
    public bool PathAlone { get; }

    /// <summary>The SDK's body type: <c>ListKeysRequestBody</c>.</summary>
    public string Body { get; }

    public string[] BodyNames { get; }

    /// <summary>The path's segments after <c>/kms/</c>: <c>list-keys</c>; <c>{key_id}</c>, <c>tags</c>.</summary>
    public string[] PathAfterKms { get; }

    public bool HasName(string name) => Array.IndexOf(BodyNames, name) >= 0;

    /// <summary>The rows that check <paramref name="name"/> in this body (its type's, or any body's).</summary>
    public IReadOnlyList<RequestParameter> RowsOf(string name)
        => RequestOperations.IsCheckedName(name) && rowsByName.TryGetValue(name, out var rows) ? rows : NoRows;

    /// <summary>Ties the rows to the body: called once, by <see cref="RequestOperations"/>.</summary>
    internal void AddRow(RequestParameter row)
    {
        if (!rowsByName.TryGetValue(row.Name, out var rows))
        {
            rowsByName.Add(row.Name, rows = new List<RequestParameter>());
        }

        ((List<RequestParameter>)rows).Add(row);
    }
}
