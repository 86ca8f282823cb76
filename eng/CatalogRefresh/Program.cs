using System;
using System.IO;
using System.Linq;
using Kms.CatalogRefresh;

// dotnet run --project eng/CatalogRefresh -- EDITION [--catalog PATH] [--source LABEL] [--check]
// EDITION: the error-code table as RST (the documentation's source) or as a saved HTML page.
var edition = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsOptionValue(a));
if (edition is null || !File.Exists(edition))
{
    Console.Error.WriteLine("usage: CatalogRefresh EDITION [--catalog PATH] [--source LABEL] [--check]");
    return 2;
}

var catalogPath = Option("--catalog") ?? Path.Combine(RepositoryRoot(), "src", "Kms.ErrorCodes", "KmsErrorCodes.tsv");
var source = Option("--source") ?? Path.GetFileNameWithoutExtension(edition);
var before = File.ReadAllText(catalogPath);
var rows = EditionReader.Read(File.ReadAllText(edition));
var (catalog, changes) = CatalogRefresher.Refresh(CatalogFile.Parse(before), rows, source);
var after = catalog.ToString();

Console.WriteLine(rows.Count + " KMS codes in " + Path.GetFileName(edition) + "; the catalog has " + catalog.Rows.Count + ".");
foreach (var change in changes)
{
    Console.WriteLine(change.Kind.ToString().ToLowerInvariant() + ": " + change.Code + ": " + change.Detail);
}

if (args.Contains("--check"))
{
    Console.WriteLine(after == before ? "The catalog is up to date." : "The catalog differs from this edition.");
    return after == before ? 0 : 1;
}

File.WriteAllText(catalogPath, after);
Console.WriteLine(after == before ? "Nothing to change." : "Wrote " + catalogPath + ".");
if (changes.Any(c => c.Kind == CatalogChangeKind.New))
{
    Console.WriteLine("Next: fill in every '?' (the build stops on them), add the new constants to src/Kms.ErrorCodes/PublicAPI.Unshipped.txt,");
    Console.WriteLine("a CHANGELOG entry, then 'KMS_UPDATE_DOCS=1 dotnet test Kms.Analyzers.sln' rewrites the pages' generated tables.");
}

return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

bool IsOptionValue(string arg)
{
    var index = Array.IndexOf(args, arg);
    return index > 0 && args[index - 1] is "--catalog" or "--source";
}

static string RepositoryRoot()
{
    for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "Kms.Analyzers.sln")))
        {
            return directory.FullName;
        }
    }

    throw new InvalidOperationException("run it inside the repository, or give --catalog");
}
