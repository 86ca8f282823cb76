using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kms.Analyzers.TestSupport;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>A row of KmsRequestOperations.tsv.</summary>
public sealed record RequestOperationRow(string Name, string Method, string Path, bool PathAlone, string Body, IReadOnlyList<string> BodyNames)
{
    /// <summary>
    /// An address of the operation: its path, or where the path has no <c>kms</c> segment (<c>/v1.0/{project_id}/keystores</c>)
    /// the endpoint's host with it.
    /// </summary>
    public string Address => Path.Contains("/kms/", StringComparison.Ordinal) ? Path : "https://kms.cn-north-4.myhuaweicloud.com" + Path;

    /// <summary>The path after <c>kms/</c>: <c>list-keys</c>.</summary>
    public string Tail => Path.Substring(Path.IndexOf("/kms/", StringComparison.Ordinal) + "/kms/".Length);
}

/// <summary>A row of KmsRequestNames.tsv.</summary>
public sealed record RequestNameRow(string Name, bool Distinctive, string Why);

/// <summary>KMS004's operations and body names, read from their data files as the generator reads them.</summary>
public static class RequestOperationRows
{
    public static IReadOnlyList<RequestOperationRow> Operations { get; } = Read("KmsRequestOperations.tsv")
        .Select(cells => new RequestOperationRow(cells[0], cells[1], cells[2], cells[3] == "yes", cells[4], cells[5].Split(' ')))
        .ToList();

    public static IReadOnlyList<RequestNameRow> Names { get; } = Read("KmsRequestNames.tsv")
        .Select(cells => new RequestNameRow(cells[0], cells[1] == "yes", cells[2]))
        .ToList();

    public static bool IsDistinctive(string name) => Names.Any(row => row.Name == name && row.Distinctive);

    public static RequestOperationRow Operation(string name) => Operations.Single(operation => operation.Name == name);

    private static IEnumerable<string[]> Read(string fileName)
        => File.ReadAllLines(RepositoryPaths.Combine("src", "Kms.ErrorCodes", fileName))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t'));
}
