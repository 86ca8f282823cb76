using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// Walks from a type test to the decision it answers "retry" for, through <c>||</c>, <c>or</c> and arms that answer
/// true. <c>&amp;&amp;</c>, <c>and</c>, <c>not</c>, a <c>when</c> or other properties narrow the type: no decision.
/// </summary>
internal static class WholeTypeTest
{
    public static SyntaxNode? DecisionOf(SyntaxNode typeName, SemanticModel semanticModel, out ClientErrorFixShape shape)
    {
        shape = ClientErrorFixShape.None;
        switch (typeName.Parent)
        {
            case BinaryExpressionSyntax test when test.IsKind(SyntaxKind.IsExpression) && test.Right == typeName:
                shape = ClientErrorFixShape.TypeTest;
                return FromExpression(test, semanticModel);

            case TypePatternSyntax or ConstantPatternSyntax or DeclarationPatternSyntax { Designation: not ParenthesizedVariableDesignationSyntax }:
                return FromPattern((PatternSyntax)typeName.Parent, semanticModel, out shape);

            case RecursivePatternSyntax { PositionalPatternClause: null, Designation: null } recursive
                when recursive.Type == typeName && recursive.PropertyPatternClause is null or { Subpatterns.Count: 0 }:
                return FromPattern(recursive, semanticModel, out shape);

            default:
                return null;
        }
    }

    private static SyntaxNode? FromPattern(PatternSyntax pattern, SemanticModel semanticModel, out ClientErrorFixShape shape)
    {
        shape = ClientErrorFixShape.None;
        var top = pattern;
        var alone = true;
        while (true)
        {
            switch (top.Parent)
            {
                case ParenthesizedPatternSyntax or BinaryPatternSyntax { RawKind: (int)SyntaxKind.OrPattern }:
                    top = (PatternSyntax)top.Parent;
                    alone = false;
                    continue;

                case SubpatternSyntax { Parent: PropertyPatternClauseSyntax { Subpatterns.Count: 1, Parent: RecursivePatternSyntax { Type: null, PositionalPatternClause: null, Designation: null } recursive } }:
                    top = recursive; // { Exception: ClientRequestException }
                    continue;

                case IsPatternExpressionSyntax test:
                    shape = alone && top == pattern ? ClientErrorFixShape.TypeTest : ClientErrorFixShape.None;
                    return FromExpression(test, semanticModel);

                case SwitchExpressionArmSyntax { WhenClause: null } arm when arm.Pattern == top && DecisionValues.AnswerOf(arm.Expression, semanticModel) > 0:
                    shape = alone ? ClientErrorFixShape.SwitchArm : ClientErrorFixShape.None;
                    return FromExpression((SwitchExpressionSyntax)arm.Parent!, semanticModel);

                default:
                    return null;
            }
        }
    }

    private static SyntaxNode? FromExpression(ExpressionSyntax test, SemanticModel semanticModel)
    {
        SyntaxNode node = test;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression }:
                    break;

                case ConditionalExpressionSyntax conditional
                    when conditional.Condition == node && DecisionValues.AnswerOf(conditional.WhenTrue, semanticModel) > 0 && DecisionValues.IsFalseish(conditional.WhenFalse):
                    break;

                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } } when DecisionValues.IsResultWrapper(call):
                    parent = call; // ValueTask.FromResult(x)
                    break;

                case ReturnStatementSyntax:
                    return FunctionOf(parent);

                case IfStatementSyntax ifStatement when ifStatement.Condition == node && ReturnsTrue(ifStatement.Statement, semanticModel):
                    return FunctionOf(ifStatement);

                case ArrowExpressionClauseSyntax arrow:
                    return arrow.Parent is AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property } ? property : arrow.Parent;

                case AnonymousFunctionExpressionSyntax lambda when lambda.Body == node:
                    return lambda.Parent is EqualsValueClauseSyntax named ? named.Parent : lambda;

                case EqualsValueClauseSyntax equalsValue:
                    return equalsValue.Parent;

                default:
                    return null;
            }

            node = parent;
        }

        return null;
    }

    private static bool ReturnsTrue(StatementSyntax statement, SemanticModel semanticModel)
        => (statement is BlockSyntax { Statements.Count: > 0 } block ? block.Statements[0] : statement) is ReturnStatementSyntax { Expression: { } value }
           && DecisionValues.AnswerOf(value, semanticModel) > 0;

    /// <summary>The function a statement returns from: a lambda, a local function, a method, or a property for its accessor.</summary>
    private static SyntaxNode? FunctionOf(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax lambda:
                    return lambda.Parent is EqualsValueClauseSyntax named ? named.Parent : lambda;
                case LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax:
                    return ancestor;
                case AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property }:
                    return property;
            }
        }

        return null;
    }
}
