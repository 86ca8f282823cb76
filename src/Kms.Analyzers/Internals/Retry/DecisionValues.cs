using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>The values a retry decision answers with, read from syntax: <c>true</c>, <c>PredicateResult.False()</c>, <c>ValueTask.FromResult(x)</c>.</summary>
internal static class DecisionValues
{
    /// <summary>A value a decision answers with: false, null, default, PredicateResult.False() mean "do not retry".</summary>
    public static int AnswerOf(ExpressionSyntax value, SemanticModel semanticModel)
    {
        if (IsFalseish(value))
        {
            return -1;
        }

        if (Unwrap(value) is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.TrueLiteralExpression)
            || Unwrap(value) is InvocationExpressionSyntax truth && IsNamed(truth, "True"))
        {
            return 1;
        }

        // A computed bool says nothing certain; any other value (a delay, a policy) means "retry".
        return semanticModel.GetTypeInfo(value).Type?.SpecialType == SpecialType.System_Boolean ? 0 : 1;
    }

    public static bool IsFalseish(ExpressionSyntax value)
    {
        var unwrapped = Unwrap(value);
        return unwrapped.IsKind(SyntaxKind.FalseLiteralExpression)
               || unwrapped.IsKind(SyntaxKind.NullLiteralExpression)
               || unwrapped.IsKind(SyntaxKind.DefaultLiteralExpression)
               || (unwrapped is InvocationExpressionSyntax invocation && IsNamed(invocation, "False"));
    }

    /// <summary>Looks through parentheses and <c>FromResult(x)</c> / <c>new ValueTask&lt;bool&gt;(x)</c>.</summary>
    public static ExpressionSyntax Unwrap(ExpressionSyntax value)
    {
        while (true)
        {
            switch (value)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    value = parenthesized.Expression;
                    continue;
                case InvocationExpressionSyntax invocation when IsResultWrapper(invocation) && invocation.ArgumentList.Arguments.Count == 1:
                    value = invocation.ArgumentList.Arguments[0].Expression;
                    continue;
                case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation when IsResultWrapper(creation):
                    value = creation.ArgumentList!.Arguments[0].Expression;
                    continue;
                default:
                    return value;
            }
        }
    }

    public static bool IsResultWrapper(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax invocation => IsNamed(invocation, "FromResult"),
        ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "ValueTask" } } => true,
        _ => false,
    };

    public static bool IsNamed(InvocationExpressionSyntax invocation, string name) => SyntaxNames.LastName(invocation.Expression) == name;
}
