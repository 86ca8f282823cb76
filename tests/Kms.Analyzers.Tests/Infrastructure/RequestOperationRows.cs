using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kms.Analyzers.TestSupport;

namespace Kms.Analyzers.Tests.Infrastructure;

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
