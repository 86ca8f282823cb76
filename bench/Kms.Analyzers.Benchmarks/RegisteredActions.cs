using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.Benchmarks;

/// <summary>
/// Records what an analyzer registers: its first syntax node action, so it can be run on one node by itself (the
/// benchmark's allocation probe, the tests' no-allocation check), and every syntax and operation kind it visits,
/// in Initialize or, given a compilation, at compilation start (the benchmark's empty mirrors). Other kinds of
/// action are not expected.
/// </summary>
internal sealed class RegisteredActions : AnalysisContext
{
    private readonly Compilation? compilation;

    public RegisteredActions(Compilation? compilation = null) => this.compilation = compilation;

    public Action<SyntaxNodeAnalysisContext>? Action { get; private set; }

    public ImmutableArray<SyntaxKind> Kinds { get; private set; } = ImmutableArray<SyntaxKind>.Empty;

    public List<ImmutableArray<SyntaxKind>> VisitedSyntaxKinds { get; } = new();

    public List<ImmutableArray<OperationKind>> VisitedOperationKinds { get; } = new();

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
    {
        if (Action is null)
        {
            Action = action;
            Kinds = AsSyntaxKinds(syntaxKinds);
        }

        VisitedSyntaxKinds.Add(AsSyntaxKinds(syntaxKinds));
    }

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        => VisitedOperationKinds.Add(operationKinds);

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        => action(new CompilationStart(this, compilation ?? throw Unexpected()));

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
    }

    public override void EnableConcurrentExecution()
    {
    }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

    private static ImmutableArray<SyntaxKind> AsSyntaxKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
        => kinds.Select(k => (SyntaxKind)(object)k!).ToImmutableArray();

    private static NotSupportedException Unexpected() => new("only syntax node and operation actions are expected (at compilation start: with a compilation)");

    private sealed class CompilationStart : CompilationStartAnalysisContext
    {
        private readonly RegisteredActions owner;

        public CompilationStart(RegisteredActions owner, Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default)
            => this.owner = owner;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => owner.VisitedSyntaxKinds.Add(AsSyntaxKinds(syntaxKinds));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => owner.VisitedOperationKinds.Add(operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();
    }
}
