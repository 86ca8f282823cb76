using System;
using System.Threading;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// The string constant a value holds (a literal, <c>KmsErrorCodes.X</c>, a user's const, a folded
/// concatenation), so a literal never costs a semantic call and codes are recognised the same everywhere.
/// </summary>
internal static class ConstantText
{
    /// <summary>
    /// Whether a value may hold a constant <paramref name="isWanted"/> accepts, without the semantic model: a
    /// literal by its text; names, concatenations, casts and interpolations may fold; calls cannot.
    /// </summary>
    public static bool MayBe(ExpressionSyntax value, Func<string, bool> isWanted)
        => value switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && isWanted(literal.Token.ValueText),
            IdentifierNameSyntax or MemberAccessExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax
                or CheckedExpressionSyntax or ConditionalExpressionSyntax or InterpolatedStringExpressionSyntax => true,
            BinaryExpressionSyntax binary => binary.IsKind(SyntaxKind.AddExpression),
            _ => false,
        };

    /// <summary>The string constant <paramref name="value"/> holds; a literal is read from its token, without binding.</summary>
    public static bool TryGet(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken, out string text)
    {
        if (value is LiteralExpressionSyntax literal)
        {
            text = literal.Token.ValueText;
            return literal.IsKind(SyntaxKind.StringLiteralExpression);
        }

        if (semanticModel.GetConstantValue(value, cancellationToken) is { HasValue: true, Value: string constant })
        {
            text = constant;
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The catalog entry of the code <paramref name="value"/> holds as a constant, spelled as the service spells it.</summary>
    public static bool TryGetKnownCode(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken, out KmsError error)
    {
        error = null!;
        return TryGet(value, semanticModel, cancellationToken, out var text) && IsKnownCode(text, out error);
    }

    /// <summary>Text that is a catalog code as the service spells it (the <see cref="MayBe"/> test of code-comparing rules).</summary>
    public static bool IsKnownCode(string text) => IsKnownCode(text, out _);

    /// <summary>The catalog entry of <paramref name="text"/>, when it is a code spelled as the service spells it.</summary>
    public static bool IsKnownCode(string text, out KmsError error)
    {
        error = null!;
        return ErrorCodeShape.IsCanonical(text) && KmsErrorCatalog.TryGet(text, out error!);
    }
}
