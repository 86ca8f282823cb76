using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>Syntax questions every rule asks: what name an expression ends in, and where a value really sits.</summary>
internal static class SyntaxNames
{
    /// <summary>
    /// The name an expression ends in: <c>code</c>, <c>e.ErrorCode</c>, <c>e?.ErrorCode</c>, <c>Policy.Handle&lt;T&gt;</c>,
    /// <c>.Name</c> of a member binding, <c>B</c> of a qualified name <c>A.B</c>; through parentheses and <c>!</c>.
    /// </summary>
    public static string? LastName(ExpressionSyntax expression)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    expression = parenthesized.Expression;
                    continue;
                case PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    expression = suppressed.Operand;
                    continue;
                case SimpleNameSyntax name:
                    return name.Identifier.ValueText;
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.Name.Identifier.ValueText;
                case QualifiedNameSyntax qualifiedName:
                    return qualifiedName.Right.Identifier.ValueText;
                case MemberBindingExpressionSyntax binding:
                    return binding.Name.Identifier.ValueText;
                case ConditionalAccessExpressionSyntax conditional:
                    expression = conditional.WhenNotNull;
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>The member a subpattern matches: <c>{ ErrorCode: … }</c>, and C# 10's <c>{ Error.ErrorCode: … }</c>.</summary>
    public static string? SubpatternName(SubpatternSyntax subpattern)
        => subpattern.NameColon is { } nameColon ? nameColon.Name.Identifier.ValueText
            : subpattern.ExpressionColon is { } expressionColon ? LastName(expressionColon.Expression)
            : null;

    /// <summary>The expression that stands for this value in its context: outside any parentheses and <c>!</c>.</summary>
    public static ExpressionSyntax OutermostParentheses(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression;
    }

    /// <summary>Whether <paramref name="node"/> or a node inside it is the identifier <paramref name="name"/>.</summary>
    public static bool Mentions(SyntaxNode node, string name)
    {
        foreach (var descendant in node.DescendantNodesAndSelf())
        {
            if (descendant is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name)
            {
                return true;
            }
        }

        return false;
    }
}
