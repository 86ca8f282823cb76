using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// Walks from a code to its decision's answer, keeping the polarity (<c>!=</c>, <c>!</c>, <c>not</c>, a
/// <c>false</c> arm); in a catch, <c>continue</c> or falling through retries, <c>throw</c>/<c>return</c>/<c>break</c> do not.
/// </summary>
internal static class RetryDecisionWalker
{
    private static readonly RetryVerdict Unknown = default;

    public static RetryVerdict Walk(ExpressionSyntax code, DecisionMode mode, SemanticModel semanticModel)
    {
        SyntaxNode node = SyntaxNames.OutermostParentheses(code);
        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return FromTest(binary, binary.IsKind(SyntaxKind.NotEqualsExpression) ? -1 : 1, mode, semanticModel);

            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
                when DecisionValues.IsNamed(invocation, "Equals") && invocation.Expression is MemberAccessExpressionSyntax:
                return FromTest(invocation, 1, mode, semanticModel);

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member
                when member.Expression == node && DecisionValues.IsNamed(invocation, "Equals") && invocation.ArgumentList.Arguments.Count == 1:
                return FromTest(invocation, 1, mode, semanticModel);

            case ConstantPatternSyntax pattern:
                return FromPattern(pattern, mode, semanticModel);

            case CaseSwitchLabelSyntax label:
                return FromCaseLabel(label, 1, mode, semanticModel);

            case InitializerExpressionSyntax or ExpressionElementSyntax:
                return FromCollectionElement(node, mode, semanticModel);

            default:
                return Unknown;
        }
    }

    private static RetryVerdict FromPattern(PatternSyntax constant, DecisionMode mode, SemanticModel semanticModel)
    {
        var polarity = 1;
        PatternSyntax pattern = constant;
        while (true)
        {
            while (pattern.Parent is PatternSyntax parent)
            {
                if (parent is UnaryPatternSyntax)
                {
                    polarity = -polarity; // not
                }

                pattern = parent;
            }

            switch (pattern.Parent)
            {
                case IsPatternExpressionSyntax isPattern:
                    return FromTest(isPattern, polarity, mode, semanticModel);

                case SwitchExpressionArmSyntax arm when arm.Pattern == pattern:
                    return FromTest(arm.Parent!, polarity * DecisionValues.AnswerOf(arm.Expression, semanticModel), mode, semanticModel);

                case CasePatternSwitchLabelSyntax label:
                    return FromCaseLabel(label, polarity, mode, semanticModel);

                case SubpatternSyntax { Parent: PropertyPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } }:
                    pattern = recursive; // { ErrorCode: "KMS.0209" }: the enclosing pattern decides
                    continue;

                default:
                    return Unknown;
            }
        }
    }

    private static RetryVerdict FromCaseLabel(SwitchLabelSyntax label, int polarity, DecisionMode mode, SemanticModel semanticModel)
        => label.Parent is SwitchSectionSyntax section
            ? new RetryVerdict(OwnerOf(section, mode), polarity * StatementsAnswer(section.Statements, 0, mode, semanticModel))
            : Unknown;

    private static RetryVerdict FromCollectionElement(SyntaxNode element, DecisionMode mode, SemanticModel semanticModel)
    {
        var collection = RetryFixPlan.SetOf(RetryFixPlan.CollectionOf(element));
        switch (collection?.Parent)
        {
            case EqualsValueClauseSyntax equalsValue:
                return new RetryVerdict(equalsValue.Parent, 1); // a named set of retried codes

            case ArrowExpressionClauseSyntax arrow:
                return new RetryVerdict(arrow.Parent, 1);

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax contains } member
                when member.Expression == collection && DecisionValues.IsNamed(contains, "Contains"):
                return FromTest(contains, 1, mode, semanticModel);

            default:
                return Unknown;
        }
    }

    private static RetryVerdict FromTest(SyntaxNode test, int polarity, DecisionMode mode, SemanticModel semanticModel)
    {
        var node = test;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                case ParenthesizedExpressionSyntax:
                    break;

                case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.LogicalNotExpression):
                    polarity = -polarity;
                    break;

                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalOrExpression) || binary.IsKind(SyntaxKind.LogicalAndExpression):
                    break;

                case ConditionalExpressionSyntax conditional:
                    if (conditional.Condition == node && DecisionValues.IsFalseish(conditional.WhenTrue) && !DecisionValues.IsFalseish(conditional.WhenFalse))
                    {
                        polarity = -polarity;
                    }

                    break;

                case SwitchExpressionArmSyntax arm when arm.Expression == node:
                    parent = arm.Parent!;
                    break;

                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } } when DecisionValues.IsResultWrapper(call):
                    parent = call; // ValueTask.FromResult(x), new ValueTask<bool>(x)
                    break;

                case ReturnStatementSyntax when mode == DecisionMode.Predicate:
                    return new RetryVerdict(OwnerOf(parent, mode), polarity);

                case ArrowExpressionClauseSyntax arrow:
                    return new RetryVerdict(arrow.Parent, polarity);

                case AnonymousFunctionExpressionSyntax lambda when lambda.Body == node:
                    // A lambda that initialises a named field or local answers for that name.
                    return new RetryVerdict(lambda.Parent is EqualsValueClauseSyntax named ? named.Parent : lambda, polarity);

                case EqualsValueClauseSyntax equalsValue:
                    return new RetryVerdict(equalsValue.Parent, polarity);

                case CatchFilterClauseSyntax { Parent: CatchClauseSyntax catchClause } when mode == DecisionMode.Loop:
                    return new RetryVerdict(catchClause, polarity * StatementsAnswer(catchClause.Block.Statements, 0, mode, semanticModel));

                case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                    return new RetryVerdict(OwnerOf(ifStatement, mode), polarity * BranchAnswer(ifStatement, mode, semanticModel));

                default:
                    return Unknown;
            }

            node = parent;
        }

        return Unknown;
    }

    /// <summary>What the then-branch of an <c>if</c> does with the decision.</summary>
    private static int BranchAnswer(IfStatementSyntax ifStatement, DecisionMode mode, SemanticModel semanticModel)
    {
        var branch = ifStatement.Statement;
        var answer = branch is BlockSyntax block ? StatementsAnswer(block.Statements, 0, mode, semanticModel) : StatementAnswer(branch, mode, semanticModel);
        if (answer != 0 || mode == DecisionMode.Predicate)
        {
            return answer;
        }

        // The branch falls through: what follows the if decides.
        return ifStatement.Parent is BlockSyntax enclosing
            ? StatementsAnswer(enclosing.Statements, enclosing.Statements.IndexOf(ifStatement) + 1, mode, semanticModel)
            : 0;
    }

    /// <summary>The first jump among <paramref name="statements"/> from <paramref name="start"/> decides; in a catch, none means round again.</summary>
    private static int StatementsAnswer(SyntaxList<StatementSyntax> statements, int start, DecisionMode mode, SemanticModel semanticModel)
    {
        for (var i = start; i < statements.Count; i++)
        {
            var answer = StatementAnswer(statements[i], mode, semanticModel);
            if (answer != 0)
            {
                return answer;
            }
        }

        return mode == DecisionMode.Loop && statements.Count > 0 && statements[0].Parent is BlockSyntax { Parent: CatchClauseSyntax } ? 1
            : mode == DecisionMode.Loop && statements.Count == 0 ? 1
            : 0;
    }

    private static int StatementAnswer(StatementSyntax statement, DecisionMode mode, SemanticModel semanticModel)
        => mode == DecisionMode.Loop
            ? RetryPlaces.LoopJump(statement)
            : statement switch
            {
                ReturnStatementSyntax { Expression: { } value } => DecisionValues.AnswerOf(value, semanticModel),
                ThrowStatementSyntax or ExpressionStatementSyntax { Expression: ThrowExpressionSyntax } => -1,
                _ => 0,
            };

    /// <summary>The decision a statement belongs to: the enclosing function, or in a catch, the catch clause.</summary>
    private static SyntaxNode? OwnerOf(SyntaxNode node, DecisionMode mode)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            switch (ancestor)
            {
                case CatchClauseSyntax when mode == DecisionMode.Loop:
                    return ancestor;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax:
                    return mode == DecisionMode.Predicate ? ancestor : null;
                case AccessorDeclarationSyntax { Parent.Parent: BasePropertyDeclarationSyntax property }:
                    return mode == DecisionMode.Predicate ? property : null;
            }
        }

        return null;
    }
}
