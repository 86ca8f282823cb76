using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers.Benchmarks;

/// <summary>Loads a peer's analyzer assemblies and their neighbours from the package folder.</summary>
internal sealed class FolderAssemblyLoader : IAnalyzerAssemblyLoader
{
    public void AddDependencyLocation(string fullPath)
    {
    }

    public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
}
