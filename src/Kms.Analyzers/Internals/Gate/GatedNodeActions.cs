using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// A rule's node actions, run by one semantic-model action per file instead of by the driver on every node: the file
/// is asked of <see cref="KmsTreeGate"/> first, and only a file it admits is walked, so a file that cannot matter costs
/// its one text scan (shared by all rules) and no node visit, no binding, no operation tree. In an editor only the
/// nodes of the span asked for are visited; the driver still applies severities, <c>#pragma</c> and generated code.
/// </summary>
internal sealed class GatedNodeActions
{
    private readonly Dictionary<SyntaxKind, List<Action<TreeNodeContext>>> actionsByKind = new();

    public void Add(Action<TreeNodeContext> action, params SyntaxKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            if (!actionsByKind.TryGetValue(kind, out var actions))
            {
                actionsByKind.Add(kind, actions = new List<Action<TreeNodeContext>>());
            }

            actions.Add(action);
        }
    }

    /// <summary>Registers the walk, if any action was added.</summary>
    public void Register(CompilationStartAnalysisContext compilationStart)
    {
        if (actionsByKind.Count == 0)
        {
            return;
        }

        var gate = KmsTreeGate.For(compilationStart.Compilation);
        compilationStart.RegisterSemanticModelAction(context => Walk(context, gate));
    }

    private void Walk(SemanticModelAnalysisContext context, KmsTreeGate gate)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (!gate.Admits(tree, context.CancellationToken))
        {
            return;
        }

        var root = tree.GetRoot(context.CancellationToken);
        var nodes = context.FilterSpan is { } span ? root.DescendantNodes(span) : root.DescendantNodes();
        foreach (var node in nodes)
        {
            if (actionsByKind.TryGetValue(node.Kind(), out var actions))
            {
                foreach (var action in actions)
                {
                    action(new TreeNodeContext(context, node));
                }
            }
        }
    }
}

/// <summary>One node of an admitted file, with what a rule needs to analyze it and to report.</summary>
internal readonly struct TreeNodeContext
{
    private readonly SemanticModelAnalysisContext context;

    public TreeNodeContext(SemanticModelAnalysisContext context, SyntaxNode node)
    {
        this.context = context;
        Node = node;
    }

    public SyntaxNode Node { get; }

    public SemanticModel SemanticModel => context.SemanticModel;

    public AnalyzerOptions Options => context.Options;

    public CancellationToken CancellationToken => context.CancellationToken;

    public void ReportDiagnostic(Diagnostic diagnostic) => context.ReportDiagnostic(diagnostic);
}
