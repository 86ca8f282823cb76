using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Kms.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Kms.Analyzers.Tests;

/// <summary>
/// An editor analyses a span: the rules walk only its nodes and must find there exactly what whole-file
/// analysis finds there (a report may lie beyond the span, where the node it reads points).
/// </summary>
public sealed class SpanAnalysisTests
{
    [Fact]
    public async Task Each_members_and_statements_span_gives_all_the_whole_file_gives_there()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "AllRules.cs"));
        var project = await AnalyzerHarness.CreateProjectAsync(new[] { ("AllRules.cs", text) });
        var compilation = (await project.GetCompilationAsync())!;
        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var whole = await Analyzer(compilation, project).GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, default);
        var spans = (await tree.GetRootAsync()).DescendantNodes()
            .Where(n => n is StatementSyntax || (n is MemberDeclarationSyntax && n is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax))
            .Select(n => n.Span)
            .ToList();
        Assert.True(whole.Length > 20, "the corpus file should give many diagnostics, got " + whole.Length);
        Assert.True(spans.Count > 30, "the corpus file should have many members and statements, got " + spans.Count);

        var found = 0;
        foreach (var span in spans)
        {
            // A fresh driver each time, as an editor's request after an edit.
            var inSpan = await Analyzer(compilation, project).GetAnalyzerSemanticDiagnosticsAsync(model, span, default);
            var reported = inSpan.Select(Describe).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(whole.Where(d => d.Location.SourceSpan.IntersectsWith(span)).Select(Describe).ToHashSet(StringComparer.Ordinal), reported);
            Assert.Subset(whole.Select(Describe).ToHashSet(StringComparer.Ordinal), reported);
            found += inSpan.Count(d => d.Location.SourceSpan.IntersectsWith(span));
        }

        Assert.True(found > 20, "the spans should hold many diagnostics, got " + found);
    }

    private static CompilationWithAnalyzers Analyzer(Compilation compilation, Project project)
        => compilation.WithAnalyzers(AnalyzerHarness.Analyzers, new CompilationWithAnalyzersOptions(project.AnalyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));

    private static string Describe(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.Location.SourceSpan;
}
