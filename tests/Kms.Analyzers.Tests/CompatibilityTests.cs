using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>The shipped assemblies load in every toolchain from the .NET 8 SDK / VS 17.8 on, at every C# version.</summary>
public sealed class CompatibilityTests
{
    private static readonly Version RoslynOfDotNet8 = new(4, 8, 0, 0);

    public static IEnumerable<object[]> ShippedAssemblies()
    {
        yield return new object[] { typeof(ErrorCodeLiteralAnalyzer).Assembly.Location };
        yield return new object[] { typeof(ErrorCodeLiteralCodeFixProvider).Assembly.Location };
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void Shipped_analyzer_assemblies_target_netstandard20_and_Roslyn_4_8_at_most(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h))
            .ToDictionary(r => metadata.GetString(r.Name), r => r.Version);

        Assert.Equal(new Version(2, 0, 0, 0), references["netstandard"]);
        Assert.Contains("Microsoft.CodeAnalysis", references.Keys);
        foreach (var (name, version) in references.Where(r => r.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
        {
            Assert.True(version <= RoslynOfDotNet8, $"{Path.GetFileName(path)} references {name} {version}, newer than {RoslynOfDotNet8}");
        }

        // Nothing else ships: no Kms.ErrorCodes (compiled in), no System.Composition, no third-party assembly.
        var allowed = new[] { "netstandard", "System.Collections.Immutable", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Workspaces", "Microsoft.CodeAnalysis.CSharp.Workspaces", "Kms.Analyzers" };
        Assert.Empty(references.Keys.Except(allowed));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.CSharp12)]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public async Task Every_language_version_gives_the_same_diagnostics_on_code_it_can_parse(LanguageVersion languageVersion)
    {
        var files = new List<(string Path, string Text)>();
        files.Add(("CSharp73.cs", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "CSharp73.cs"))));

        var atVersion = await AnalyzerHarness.AnalyzeAsync(await AnalyzerHarness.CreateProjectAsync(files, languageVersion));
        var atLatest = await AnalyzerHarness.AnalyzeAsync(await AnalyzerHarness.CreateProjectAsync(files, LanguageVersion.Latest));

        Assert.Empty(atVersion.Exceptions);
        Assert.Equal(0, AnalyzerHarness.ErrorCount(atVersion.Compilation));
        Assert.Equal(new[] { "KMS001", "KMS002", "KMS003", "KMS004", "KMS005", "KMS006" }, atVersion.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(atLatest.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal), atVersion.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
    }
}
