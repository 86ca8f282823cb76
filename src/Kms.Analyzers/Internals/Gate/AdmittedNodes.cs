using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>
/// The nodes of an admitted file in document order, listed once per syntax tree for all rules, so no rule
/// enumerates the tree again.
/// </summary>
internal static class AdmittedNodes
{
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxNode[]> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, SyntaxNode[]>.CreateValueCallback List = ListNodes;

    /// <summary>Every node below the root of <paramref name="tree"/>, as <c>DescendantNodes()</c> gives them.</summary>
    public static SyntaxNode[] Of(SyntaxTree tree) => Cache.GetValue(tree, List);

    private static SyntaxNode[] ListNodes(SyntaxTree tree)
    {
        var nodes = new List<SyntaxNode>();
        foreach (var node in tree.GetRoot(CancellationToken.None).DescendantNodes())
        {
            nodes.Add(node);
        }

        return nodes.ToArray();
    }
}
