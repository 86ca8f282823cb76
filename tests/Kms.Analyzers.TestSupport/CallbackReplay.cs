using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers.TestSupport;

/// <summary>
/// Replays analyzers' callbacks on one thread, on a fresh compilation with nodes and operation trees built
/// first, timing only the calls: the driver's telemetry also charges waiting for a core.
/// </summary>
public static class CallbackReplay
{
    private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

    /// <summary>
    /// Calls every action <paramref name="analyzers"/> register on what they ask for in <paramref name="trees"/>,
    /// or empty actions with <paramref name="doNothing"/>. Pass fresh trees to count the words' first reading.
    /// </summary>
    public static ReplayResult Run(ImmutableArray<DiagnosticAnalyzer> analyzers, Compilation compilation, IReadOnlyList<SyntaxTree> trees, bool doNothing)
    {
        var registered = new RegisteredActions(compilation);
        foreach (var analyzer in analyzers)
        {
            analyzer.Initialize(registered);
        }

        var syntaxActions = ByKind(registered.SyntaxActions, doNothing ? static _ => { } : null);
        var operationActions = ByKind(registered.OperationActions, doNothing ? static _ => { } : null);
        var modelActions = registered.SemanticModelActions.ConvertAll(action => doNothing ? static _ => { } : action);

        var reported = 0;
        Action<Diagnostic> report = _ => reported++;
        Func<Diagnostic, bool> isSupported = _ => true;
        var syntaxCalls = new List<(Action<SyntaxNodeAnalysisContext> Action, SyntaxNodeAnalysisContext Context)>();
        var operationCalls = new List<(Action<OperationAnalysisContext> Action, OperationAnalysisContext Context)>();
        var modelCalls = new List<(Action<SemanticModelAnalysisContext> Action, SemanticModelAnalysisContext Context)>();
        var ticks = 0L;
        var bytes = 0L;
        var calls = 0;
#pragma warning disable CS0618 // the public context constructors are how code outside the driver runs an action
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            syntaxCalls.Clear();
            operationCalls.Clear();
            modelCalls.Clear();
            foreach (var action in modelActions)
            {
                modelCalls.Add((action, new SemanticModelAnalysisContext(model, NoOptions, report, isSupported, default)));
            }

            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (syntaxActions.TryGetValue(node.Kind(), out var actions))
                {
                    foreach (var action in actions)
                    {
                        syntaxCalls.Add((action, new SyntaxNodeAnalysisContext(node, model, NoOptions, report, isSupported, default)));
                    }
                }

                if (operationActions.Count > 0 && OperationRoot(node, model) is { } root)
                {
                    var symbol = model.GetDeclaredSymbol(node) ?? model.GetEnclosingSymbol(node.SpanStart)!;
                    foreach (var operation in root.DescendantsAndSelf())
                    {
                        if (operationActions.TryGetValue(operation.Kind, out var operationActionsOfKind))
                        {
                            foreach (var action in operationActionsOfKind)
                            {
                                operationCalls.Add((action, new OperationAnalysisContext(operation, symbol, compilation, NoOptions, report, isSupported, default)));
                            }
                        }
                    }
                }
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            foreach (var (action, context) in modelCalls)
            {
                action(context);
            }

            foreach (var (action, context) in syntaxCalls)
            {
                action(context);
            }

            foreach (var (action, context) in operationCalls)
            {
                action(context);
            }

            ticks += Stopwatch.GetTimestamp() - start;
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            calls += modelCalls.Count + syntaxCalls.Count + operationCalls.Count;
        }
#pragma warning restore CS0618

        return new ReplayResult(ticks * 1000.0 / Stopwatch.Frequency, bytes, calls, reported);
    }

    /// <summary>The operation tree of a member's body or initializer, as the driver hands it to operation actions.</summary>
    private static IOperation? OperationRoot(SyntaxNode node, SemanticModel model)
    {
        var isRoot = node switch
        {
            BaseMethodDeclarationSyntax or AccessorDeclarationSyntax => true,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax } => true,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or ParameterSyntax or EnumMemberDeclarationSyntax } => true,
            EqualsValueClauseSyntax { Parent.Parent.Parent: FieldDeclarationSyntax } => true,
            _ => false,
        };
        return isRoot && model.GetOperation(node) is { Parent: null } root ? root : null;
    }

    private static Dictionary<TKind, List<Action<TContext>>> ByKind<TKind, TContext>(List<(Action<TContext> Action, ImmutableArray<TKind> Kinds)> registrations, Action<TContext>? replacement)
        where TKind : struct, Enum
    {
        var byKind = new Dictionary<TKind, List<Action<TContext>>>();
        foreach (var (action, kinds) in registrations)
        {
            foreach (var kind in kinds)
            {
                if (!byKind.TryGetValue(kind, out var actions))
                {
                    byKind[kind] = actions = new List<Action<TContext>>();
                }

                actions.Add(replacement ?? action);
            }
        }

        return byKind;
    }
}
