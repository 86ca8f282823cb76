using System;
using System.Linq;
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
    public static bool IsInRetryLoop(CatchClauseSyntax catchClause) => LoopOf(catchClause) is not null;

    private static SyntaxNode? LoopOf(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax:
                    return ancestor;
                case CommonForEachStatementSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Whether a catch goes round its loop again: its first jump is <c>continue</c>, or it has none and falls through.</summary>
    public static bool GoesRoundAgain(CatchClauseSyntax catchClause)
    {
        foreach (var statement in catchClause.Block.Statements)
        {
            if (LoopJump(statement) is var jump and not 0)
            {
                return jump > 0;
            }
        }

        return true;
    }

    /// <summary>What a statement of a loop's body does to the loop: <c>continue</c> goes round (1); <c>return</c>, <c>throw</c> and <c>break</c> leave it (-1).</summary>
    public static int LoopJump(StatementSyntax statement)
        => statement switch
        {
            ContinueStatementSyntax => 1,
            ReturnStatementSyntax or ThrowStatementSyntax or ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => -1,
            BreakStatementSyntax when statement.Parent is not SwitchSectionSyntax => -1,
            _ => 0,
        };

    /// <summary>
    /// Whether code after the catch's try, still in the loop's body, may leave the loop (<c>break</c>, <c>return</c>,
    /// <c>throw</c>): then the loop decides there, on what the catch kept, as the SDK's own invokers do.
    /// </summary>
    public static bool DecidesAfterTry(CatchClauseSyntax catchClause)
    {
        for (SyntaxNode node = catchClause.Parent!; node.Parent is { } parent; node = parent)
        {
            if (parent is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax)
            {
                return false;
            }

            if (parent is BlockSyntax block)
            {
                for (var i = block.Statements.IndexOf((StatementSyntax)node) + 1; i < block.Statements.Count; i++)
                {
                    if (MayLeave(block.Statements[i]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool MayLeave(StatementSyntax statement)
    {
        foreach (var node in statement.DescendantNodesAndSelf(descendIntoChildren: child => child is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax:
                    return true;
                case BreakStatementSyntax when BreaksOutOf(node, statement.Parent!):
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the loop stops once the try succeeds: the try leaves it (<c>return</c>, <c>break</c>) or sets what its
    /// condition reads (<c>done = true</c>). A loop whose try never does is a worker's loop, not a retry.
    /// </summary>
    public static bool StopsOnSuccess(CatchClauseSyntax catchClause)
    {
        if (catchClause.Parent is not TryStatementSyntax tryStatement || LoopOf(tryStatement) is not { } loop)
        {
            return false;
        }

        var condition = loop switch
        {
            WhileStatementSyntax whileLoop => whileLoop.Condition,
            DoStatementSyntax doLoop => doLoop.Condition,
            ForStatementSyntax forLoop => forLoop.Condition,
            _ => null,
        };
        foreach (var node in tryStatement.Block.DescendantNodes(descendIntoChildren: child => child is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            switch (node)
            {
                case ReturnStatementSyntax:
                    return true;
                case BreakStatementSyntax when BreaksOutOf(node, tryStatement):
                    return true;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned } when condition is not null && SyntaxNames.Mentions(condition, assigned.Identifier.ValueText):
                    return true;
            }
        }

        return false;
    }

    /// <summary>Whether a <c>break</c> leaves the loop around <paramref name="outside"/>: no loop or switch section stands between them.</summary>
    private static bool BreaksOutOf(SyntaxNode breakStatement, SyntaxNode outside)
        => !breakStatement.Ancestors().TakeWhile(ancestor => ancestor != outside)
            .Any(ancestor => ancestor is SwitchSectionSyntax or WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax or CommonForEachStatementSyntax);
}
