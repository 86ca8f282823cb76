using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>What a catch does with the exception it caught: tests it (a narrowed retry) or keeps it for later.</summary>
internal static class CaughtException
{
    /// <summary>Whether the catch's filter or body tests the caught exception: then it is narrowed, KMS003's concern.</summary>
    public static bool IsTested(CatchClauseSyntax catchClause)
    {
        var caught = catchClause.Declaration!.Identifier.ValueText;
        if (caught.Length == 0)
        {
            return false;
        }

        if (catchClause.Filter is { } filter && SyntaxNames.Mentions(filter, caught))
        {
            return true;
        }

        foreach (var node in catchClause.Block.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == caught && IsTestUse(identifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the catch keeps what it caught (<c>last = e</c>) for a decision after its try.</summary>
    public static bool IsKept(CatchClauseSyntax catchClause)
        => catchClause.Declaration!.Identifier.ValueText is { Length: > 0 } caught && SyntaxNames.Mentions(catchClause.Block, caught);

    /// <summary>A use inside a comparison, a pattern, a switch or a condition; a logging call or a rethrow is not one.</summary>
    private static bool IsTestUse(SyntaxNode use)
    {
        for (SyntaxNode node = use; node.Parent is { } parent; node = parent)
        {
            switch (parent)
            {
                case BinaryExpressionSyntax or IsPatternExpressionSyntax or SwitchExpressionSyntax or ConditionalExpressionSyntax:
                    return true;
                case IfStatementSyntax ifStatement:
                    return ifStatement.Condition == node;
                case SwitchStatementSyntax switchStatement:
                    return switchStatement.Expression == node;
                case WhileStatementSyntax or DoStatementSyntax:
                    return true;
                case StatementSyntax:
                    return false;
            }
        }

        return false;
    }
}
