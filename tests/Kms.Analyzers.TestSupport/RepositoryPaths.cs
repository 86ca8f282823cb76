using System;
using System.IO;

namespace Kms.Analyzers.TestSupport;

/// <summary>Files of the repository the tests and the benchmark read (docs, release tracking, build props, projects to pack).</summary>
public static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Kms.Analyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Kms.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
