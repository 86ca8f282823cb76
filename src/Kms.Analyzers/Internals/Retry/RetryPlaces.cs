using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>Where a retry is decided, by syntax: a Polly v7 chain ending in a retry, a catch inside a retry loop.</summary>
internal static class RetryPlaces
{
    public static bool IsPollyV7PredicateName(string? name) => name is "Handle" or "Or" or "HandleResult" or "OrResult" or "HandleInner" or "OrInner";

    /// <summary>Whether the Polly v7 builder chain this predicate starts ends in Retry*, WaitAndRetry* or RetryForever*.</summary>
    public static bool EndsInRetry(InvocationExpressionSyntax predicateCall)
    {
        SyntaxNode node = predicateCall;
        while (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } member && member.Expression == node)
        {
            var name = member.Name.Identifier.ValueText;
            if (!IsPollyV7PredicateName(name))
            {
                return name.StartsWith("Retry", StringComparison.Ordinal) || name.StartsWith("WaitAndRetry", StringComparison.Ordinal);
            }

            node = next;
        }

        return false;
    }

    /// <summary>A catch inside the body of a for, while or do loop of the same function; foreach walks work items, it does not retry.</summary>
    public static bool IsInRetryLoop(CatchClauseSyntax catchClause)
    {
        for (var ancestor = catchClause.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax:
                    return true;
                case CommonForEachStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether a catch goes round its loop again: its first jump is <c>continue</c>, or it has none and falls through.</summary>
    public static bool GoesRoundAgain(CatchClauseSyntax catchClause)
    {
        foreach (var statement in catchClause.Block.Statements)
        {
            switch (statement)
            {
                case ContinueStatementSyntax:
                    return true;
                case ThrowStatementSyntax or ReturnStatementSyntax or BreakStatementSyntax or ExpressionStatementSyntax { Expression: ThrowExpressionSyntax }:
                    return false;
            }
        }

        return true;
    }
}
