using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kms.Analyzers.TestSupport;
using Kms.CatalogRefresh;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>KmsErrorCodes.tsv with the columns the generated catalog does not carry (Decided, Why, Source), and the edition it follows.</summary>
public static class CatalogRows
{
    public static readonly string Path = RepositoryPaths.Combine("src", "Kms.ErrorCodes", "KmsErrorCodes.tsv");

    /// <summary>The editions of the table in src/Kms.ErrorCodes/Editions, oldest first (their file names carry the date).</summary>
    public static readonly IReadOnlyList<string> Editions = Directory.GetFiles(RepositoryPaths.Combine("src", "Kms.ErrorCodes", "Editions"))
        .Where(f => f.EndsWith(".rst", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal))
        .OrderBy(f => System.IO.Path.GetFileName(f), StringComparer.Ordinal)
        .ToList();

    /// <summary>The newest edition, which the catalog must equal.</summary>
    public static readonly string NewestEdition = Editions[^1];

    public static IReadOnlyList<CatalogRow> All { get; } = CatalogFile.Parse(File.ReadAllText(Path)).Rows;

    /// <summary>The KMS rows of <see cref="NewestEdition"/>, read as the refresh tool reads them.</summary>
    public static IReadOnlyList<EditionRow> NewestEditionRows() => EditionReader.Read(File.ReadAllText(NewestEdition));
}
