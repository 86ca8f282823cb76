using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// Whether a value is compared with, switched on, matched on or stored into an error-code value:
/// <c>ServiceResponseException.ErrorCode</c> or anything named <c>…Code</c> (<c>…Codes</c> for a collection).
/// </summary>
internal static class ErrorCodeValueUse
{
    public static bool MeetsErrorCodeValue(ExpressionSyntax value, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var node = SyntaxNames.OutermostParentheses(value);
        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return IsErrorCodeValue(binary.Left == node ? binary.Right : binary.Left);

            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                return IsErrorCodeValue(assignment.Left);

            case EqualsValueClauseSyntax equalsValue:
                return IsErrorCodeName(DeclaredName(equalsValue.Parent));

            case ArrowExpressionClauseSyntax arrow:
                return IsErrorCodeName(DeclaredName(arrow.Parent));

            case MemberAccessExpressionSyntax memberAccess when memberAccess.Expression == node:
                // "kms.0205".Equals(e.ErrorCode)
                return IsEqualsCall(memberAccess, out var equalsCall)
                    && equalsCall.ArgumentList.Arguments.Count > 0
                    && IsErrorCodeValue(equalsCall.ArgumentList.Arguments[0].Expression);

            case ArgumentSyntax argument:
                return ArgumentMeetsErrorCode(argument, semanticModel, cancellationToken);

            case CaseSwitchLabelSyntax caseLabel:
                return caseLabel.Parent?.Parent is SwitchStatementSyntax switchStatement && IsErrorCodeValue(switchStatement.Expression);

            case ConstantPatternSyntax pattern:
                return PatternMeetsErrorCode(pattern);

            case InitializerExpressionSyntax initializer:
                return IsErrorCodeCollectionName(CollectionTargetName(initializer));

            default:
                return false;
        }
    }

    private static bool ArgumentMeetsErrorCode(ArgumentSyntax argument, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (argument.Parent is not ArgumentListSyntax argumentList)
        {
            return false;
        }

        // x.Equals("kms.0205"), string.Equals(x, "kms.0205", ...): the other side of the comparison.
        if (argumentList.Parent is InvocationExpressionSyntax invocation
            && invocation.Expression is MemberAccessExpressionSyntax member
            && member.Name.Identifier.ValueText == nameof(Equals))
        {
            var arguments = argumentList.Arguments;
            if (arguments.Count == 1)
            {
                return IsErrorCodeValue(member.Expression);
            }

            if (arguments.Count >= 2)
            {
                return IsErrorCodeValue((arguments[0] == argument ? arguments[1] : arguments[0]).Expression);
            }
        }

        if (argument.NameColon is { } nameColon)
        {
            return IsErrorCodeName(nameColon.Name.Identifier.ValueText);
        }

        // Stored into a parameter: find it by position.
        if (argumentList.Parent is not { } call
            || semanticModel.GetSymbolInfo(call, cancellationToken).Symbol is not IMethodSymbol method)
        {
            return false;
        }

        var index = argumentList.Arguments.IndexOf(argument);
        var parameters = method.Parameters;
        if (index < 0 || parameters.IsEmpty)
        {
            return false;
        }

        var parameter = index < parameters.Length ? parameters[index] : parameters[parameters.Length - 1];
        return parameter.IsParams ? IsErrorCodeCollectionName(parameter.Name) : IsErrorCodeName(parameter.Name);
    }

    private static bool PatternMeetsErrorCode(PatternSyntax pattern)
    {
        SyntaxNode? node = pattern;
        while (node?.Parent is PatternSyntax)
        {
            node = node.Parent; // "a" or "b", not "a", ("a")
        }

        return node?.Parent switch
        {
            IsPatternExpressionSyntax isPattern => IsErrorCodeValue(isPattern.Expression),
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } => IsErrorCodeValue(switchExpression.GoverningExpression),
            CasePatternSwitchLabelSyntax { Parent.Parent: SwitchStatementSyntax switchStatement } => IsErrorCodeValue(switchStatement.Expression),
            SubpatternSyntax subpattern => IsErrorCodeName(SyntaxNames.SubpatternName(subpattern)),
            _ => false,
        };
    }

    private static string? CollectionTargetName(InitializerExpressionSyntax initializer)
    {
        var owner = initializer.Parent;
        if (owner is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax)
        {
            owner = owner.Parent;
        }

        return owner switch
        {
            EqualsValueClauseSyntax equalsValue => DeclaredName(equalsValue.Parent),
            AssignmentExpressionSyntax assignment => SyntaxNames.LastName(assignment.Left),
            _ => null,
        };
    }

    private static bool IsEqualsCall(MemberAccessExpressionSyntax memberAccess, out InvocationExpressionSyntax invocation)
    {
        if (memberAccess.Name.Identifier.ValueText == nameof(Equals) && memberAccess.Parent is InvocationExpressionSyntax call)
        {
            invocation = call;
            return true;
        }

        invocation = null!;
        return false;
    }

    private static bool IsErrorCodeValue(ExpressionSyntax expression) => IsErrorCodeName(SyntaxNames.LastName(expression));

    private static string? DeclaredName(SyntaxNode? declaration) => declaration switch
    {
        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        ParameterSyntax parameter => parameter.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        _ => null,
    };

    private static bool IsErrorCodeName(string? name)
        => name is not null && (name.EndsWith("Code", StringComparison.Ordinal) || string.Equals(name, "code", StringComparison.OrdinalIgnoreCase));

    private static bool IsErrorCodeCollectionName(string? name)
        => name is not null && (name.EndsWith("Codes", StringComparison.Ordinal) || string.Equals(name, "codes", StringComparison.OrdinalIgnoreCase));
}
