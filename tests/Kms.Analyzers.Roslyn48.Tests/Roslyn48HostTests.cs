using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Kms.Analyzers.Roslyn48.Tests;

/// <summary>Every analyzer and fixer, loaded by a Roslyn 4.8.0 host, on the all-rules corpus.</summary>
public sealed class Roslyn48HostTests
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ExportedComponents.Analyzers;

    private static readonly ImmutableArray<CodeFixProvider> Fixers = ExportedComponents.Fixers;

    [Fact]
    public void The_host_compiler_is_Roslyn_4_8()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);

    [Fact]
    public async Task Every_rule_fires_and_every_fix_applies_on_Roslyn_4_8()
    {
        var project = CreateProject();
        var compilation = (await project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new List<string>();
        var diagnostics = await compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions, (e, a, _) => { lock (exceptions) { exceptions.Add(a + ": " + e); } }, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.Equal(new[] { "KMS001", "KMS002", "KMS003", "KMS004", "KMS005", "KMS006", "KMS008" }, diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));

        var applied = 0;
        foreach (var diagnostic in diagnostics)
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree!)!;
            var actions = new List<CodeAction>();
            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
            }

            foreach (var action in actions)
            {
                foreach (var operation in (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>())
                {
                    var fixedCompilation = (await operation.ChangedSolution.GetProject(project.Id)!.GetCompilationAsync())!;
                    Assert.Empty(fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
                    applied++;
                }
            }
        }

        Assert.True(applied >= diagnostics.Length, $"{applied} fixes applied for {diagnostics.Length} diagnostics");
    }

    private static Project CreateProject()
    {
        // This host's own framework and packages: the corpus needs only the BCL, Polly and Kms.ErrorCodes.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Polly.Policy).Assembly.Location)
            .Append(typeof(Polly.ResiliencePipeline).Assembly.Location)
            .Append(typeof(Kms.ErrorCodes.KmsErrorCodes).Assembly.Location)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "Corpus", "Corpus", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: new CSharpParseOptions(LanguageVersion.CSharp12),
            metadataReferences: references));
        foreach (var (name, source) in SdkSources.All)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, SourceText.From(source));
        }

        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "AllRules.cs", SourceText.From(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "AllRules.cs"))));
        return solution.GetProject(projectId)!;
    }
}
