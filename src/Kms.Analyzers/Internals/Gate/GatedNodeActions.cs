using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// A rule's node actions, run by one callback per admitted file instead of by the driver on every node (the walk of
/// CONTRIBUTING.md's "How a build runs the rules").
/// </summary>
internal sealed class GatedNodeActions
{
    // Indexed by SyntaxKind: a build visits every node of each admitted file once per rule, and an array read costs far
    // less than a dictionary lookup keyed by an enum (its comparer, its instantiation compiled afresh in every build).
    private Action<NodeAnalysisContext>[]?[] actionsByKind = []; // empty until an action is added

    public void Add(Action<NodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            var index = (int)kind;
            if (index >= actionsByKind.Length)
            {
                Array.Resize(ref actionsByKind, index + 1);
            }

            var actions = actionsByKind[index] ?? [];
            Array.Resize(ref actions, actions.Length + 1);
            actions[actions.Length - 1] = action;
            actionsByKind[index] = actions;
        }
    }

    /// <summary>
    /// Registers a rule's walk. <paramref name="build"/> resolves what the rule needs and returns its actions, or
    /// null; it runs at the first admitted file, so a compilation without one resolves no type.
    /// </summary>
    public static void Register(CompilationStartAnalysisContext compilationStart, Func<Compilation, AnalyzerOptions, GatedNodeActions?> build)
    {
        var compilation = compilationStart.Compilation;
        var options = compilationStart.Options;
        var gate = KmsTreeGate.For(compilation);
        var rule = new Lazy<GatedNodeActions?>(
            () => build(compilation, options) is { actionsByKind.Length: > 0 } actions ? actions : null,
            LazyThreadSafetyMode.ExecutionAndPublication);
        compilationStart.RegisterSemanticModelAction(context =>
        {
            if (gate.Admits(context.SemanticModel.SyntaxTree, context.CancellationToken) && rule.Value is { } actions)
            {
                actions.Walk(context);
            }
        });
    }

    [MethodImpl(Jit.Optimized)]
    private void Walk(SemanticModelAnalysisContext context)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (context.FilterSpan is { } span)
        {
            // An editor's request for part of a file enumerates that part only; the shared list is for whole files.
            foreach (var node in tree.GetRoot(context.CancellationToken).DescendantNodes(span))
            {
                Visit(context, node);
            }

            return;
        }

        foreach (var node in AdmittedNodes.Of(tree))
        {
            Visit(context, node);
        }
    }

    [MethodImpl(Jit.Optimized)]
    private void Visit(SemanticModelAnalysisContext context, SyntaxNode node)
    {
        var kind = (int)node.Kind();
        if (kind < actionsByKind.Length && actionsByKind[kind] is { } actions)
        {
            foreach (var action in actions)
            {
                action(new NodeAnalysisContext(context, node));
            }
        }
    }
}
