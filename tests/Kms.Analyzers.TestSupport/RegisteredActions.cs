using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.TestSupport;

/// <summary>
/// Records the semantic-model, syntax-node and operation actions an analyzer registers, to run them alone,
/// mirror them with empty actions or replay them (<c>CallbackReplay</c>). Compilation actions are only counted.
/// </summary>
public sealed class RegisteredActions : AnalysisContext
{
    private readonly Compilation? compilation;

    public RegisteredActions(Compilation? compilation = null) => this.compilation = compilation;

    public List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> SyntaxActions { get; } = new();

    public List<(Action<OperationAnalysisContext> Action, ImmutableArray<OperationKind> Kinds)> OperationActions { get; } = new();

    public List<Action<SemanticModelAnalysisContext>> SemanticModelActions { get; } = new();

    /// <summary>Whether anything runs on code (as opposed to once per compilation).</summary>
    public bool RunsOnCode => SyntaxActions.Count + OperationActions.Count + SemanticModelActions.Count > 0;

    /// <summary>Actions that run once per compilation (KMS007 reads the options there): never per node.</summary>
    public int CompilationActions { get; private set; }

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        => SyntaxActions.Add((action, AsSyntaxKinds(syntaxKinds)));

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        => OperationActions.Add((action, operationKinds));

    public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        => action(new CompilationStart(this, compilation ?? throw Unexpected()));

    public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode)
    {
    }

    public override void EnableConcurrentExecution()
    {
    }

    public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => CompilationActions++;

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => SemanticModelActions.Add(action);

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

    private static ImmutableArray<SyntaxKind> AsSyntaxKinds<TLanguageKindEnum>(ImmutableArray<TLanguageKindEnum> kinds)
        => kinds.Select(k => (SyntaxKind)(object)k!).ToImmutableArray();

    private static NotSupportedException Unexpected() => new("only semantic-model, syntax node and operation actions are expected (at compilation start: with a compilation)");

    private sealed class CompilationStart : CompilationStartAnalysisContext
    {
        private readonly RegisteredActions owner;

        public CompilationStart(RegisteredActions owner, Compilation compilation)
            : base(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), default)
            => this.owner = owner;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => owner.RegisterSyntaxNodeAction(action, syntaxKinds);

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => owner.RegisterOperationAction(action, operationKinds);

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => owner.RegisterSemanticModelAction(action);

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();
    }
}
