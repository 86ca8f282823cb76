using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.Benchmarks;

/// <summary>
/// Records the syntax node action an analyzer registers in Initialize, so it can be run on one node by itself (the
/// benchmark's allocation probe, the tests' no-allocation check). Nothing else is expected there.
/// </summary>
internal sealed class RegisteredActions : AnalysisContext
{
    public Action<SyntaxNodeAnalysisContext>? Action { get; private set; }

    public ImmutableArray<SyntaxKind> Kinds { get; private set; }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        Action = action;
        Kinds = syntaxKinds.Select(k => (SyntaxKind)(object)k!).ToImmutableArray();
    }

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
    }

    public override void EnableConcurrentExecution()
    {
    }

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => throw Unexpected();

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

    private static NotSupportedException Unexpected() => new("one syntax node action registered in Initialize is expected");
}
