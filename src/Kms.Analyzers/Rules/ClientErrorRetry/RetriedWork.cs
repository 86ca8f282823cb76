using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>Which services the calls in a retry's scope visibly go to: the method of a policy, the try of a loop.</summary>
internal readonly struct RetriedWork
{
    private RetriedWork(bool callsKms, bool callsOtherService)
    {
        CallsKms = callsKms;
        CallsOtherService = callsOtherService;
    }

    public bool CallsKms { get; }

    public bool CallsOtherService { get; }

    public static RetriedWork In(SyntaxNode scope, SemanticModel semanticModel, SdkContext sdk, CancellationToken cancellationToken)
    {
        var other = false;
        foreach (var node in scope.DescendantNodesAndSelf())
        {
            if (node is InvocationExpressionSyntax invocation
                && semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method)
            {
                switch (sdk.ServiceOf(method))
                {
                    case SdkService.Kms:
                        return new RetriedWork(callsKms: true, other);
                    case SdkService.Other:
                        other = true;
                        break;
                }
            }
        }

        return new RetriedWork(callsKms: false, other);
    }

    /// <summary>The method (or top-level program) a policy is built in: where the work it wraps is visible.</summary>
    public static SyntaxNode ScopeOf(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is GlobalStatementSyntax)
            {
                return ancestor.Parent ?? ancestor;
            }

            if (ancestor is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax)
            {
                return ancestor;
            }
        }

        return node;
    }
}
