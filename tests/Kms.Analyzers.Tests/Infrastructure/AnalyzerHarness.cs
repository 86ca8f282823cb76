using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs every exported analyzer and fixer outside Microsoft.CodeAnalysis.Testing: for inputs that are not test
/// cases (fault injection, concurrency, language versions), where what counts is that nothing throws.
/// </summary>
public static class AnalyzerHarness
{
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ExportedComponents.Analyzers;

    public static readonly ImmutableArray<CodeFixProvider> Fixers = ExportedComponents.Fixers;

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> References = new(async () =>
        (await TestReferences.Net80WithPolly.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(TestReferences.ErrorCodes).Add(TestReferences.Sdk));

    public static Task<ImmutableArray<MetadataReference>> ReferencesAsync() => References.Value;

    public static async Task<Project> CreateProjectAsync(
        IEnumerable<(string Path, string Text)> files,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        IEnumerable<(string Path, string Text)>? analyzerConfigs = null)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Input",
            "Input",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable),
            parseOptions: new CSharpParseOptions(languageVersion, preprocessorSymbols: new[] { "DEBUG" }),
            metadataReferences: await ReferencesAsync()));
        foreach (var (path, text) in files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: "/" + path);
        }

        foreach (var (path, text) in analyzerConfigs ?? Enumerable.Empty<(string, string)>())
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), path, SourceText.From(text), filePath: "/" + path);
        }

        return solution.GetProject(projectId)!;
    }

    /// <summary>Every analyzer over the project, concurrently as in a build; exceptions are collected, not thrown.</summary>
    public static async Task<AnalysisResult> AnalyzeAsync(Project project, AnalyzerOptions? options = null)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var exceptions = new ConcurrentQueue<string>();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            options ?? project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue(analyzer.GetType().Name + ": " + exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        foreach (var crash in diagnostics.Where(d => d.Id == "AD0001"))
        {
            exceptions.Enqueue(crash.GetMessage());
        }

        return new AnalysisResult(compilation, diagnostics, exceptions.ToList());
    }

    /// <summary>Every code action every fixer offers for <paramref name="diagnostic"/>, nested ones flattened.</summary>
    public static async Task<List<CodeAction>> FixesAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
        {
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context);
        }

        return actions.SelectMany(a => a.NestedActions.IsEmpty ? new[] { a } : a.NestedActions.AsEnumerable()).ToList();
    }

    public static int ErrorCount(Compilation compilation) => compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
