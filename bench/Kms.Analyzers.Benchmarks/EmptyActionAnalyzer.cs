using System;
using System.Collections.Immutable;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers.Benchmarks;

/// <summary>
/// One empty action, to take the KMS analyzers' cost apart. The operation-tree probe makes the driver build
/// every method body's IOperation tree, the cost of an operation action alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class EmptyActionAnalyzer : DiagnosticAnalyzer
{
    private readonly Action<AnalysisContext> register;

    private EmptyActionAnalyzer(string id, Action<AnalysisContext> register)
    {
        this.register = register;
        SupportedDiagnostics = ImmutableArray.Create(new DiagnosticDescriptor(id, id, id, "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true));
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public static EmptyActionAnalyzer OperationTrees()
        => new("PROBE001", static context => context.RegisterOperationAction(static _ => { }, OperationKind.Invocation));

    /// <summary>The same visits as <paramref name="analyzer"/> registers for <paramref name="compilation"/>, each doing nothing.</summary>
    public static EmptyActionAnalyzer Mirror(DiagnosticAnalyzer analyzer, Compilation compilation)
    {
        var registered = new RegisteredActions(compilation);
        analyzer.Initialize(registered);
        return new("MIRROR001", context =>
        {
            foreach (var _ in registered.SemanticModelActions)
            {
                context.RegisterSemanticModelAction(static _ => { });
            }

            foreach (var (_, kinds) in registered.SyntaxActions)
            {
                context.RegisterSyntaxNodeAction(static _ => { }, kinds);
            }

            foreach (var (_, kinds) in registered.OperationActions)
            {
                context.RegisterOperationAction(static _ => { }, kinds);
            }
        });
    }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        register(context);
    }
}
