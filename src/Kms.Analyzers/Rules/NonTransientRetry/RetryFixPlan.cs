using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// How a fix takes a code out of its retry decision, read from syntax alone. The smallest edit wins: one list
/// element, one side of <c>||</c>, one label; otherwise <c>KmsErrorCatalog.IsTransient(tested)</c>.
/// </summary>
internal sealed class RetryFixPlan
{
    public static readonly RetryFixPlan None = new(RetryFixKind.None, null, null, negates: false);

    private RetryFixPlan(RetryFixKind kind, SyntaxNode? target, SyntaxNode? operand, bool negates)
    {
        Kind = kind;
        Target = target;
        Operand = operand;
        Negates = negates;
    }

    public RetryFixKind Kind { get; }

    /// <summary>The node the fix removes or replaces.</summary>
    public SyntaxNode? Target { get; }

    /// <summary>KeepOtherOperand: the operand that stays. UseIsTransient: the value tested.</summary>
    public SyntaxNode? Operand { get; }

    /// <summary>UseIsTransient: the check was a "not equal", so the call is negated.</summary>
    public bool Negates { get; }

    public static RetryFixPlan For(ExpressionSyntax code)
    {
        SyntaxNode node = SyntaxNames.OutermostParentheses(code);
        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return WithinOr(binary, UseIsTransient(binary, binary.Left == node ? binary.Right : binary.Left, binary.IsKind(SyntaxKind.NotEqualsExpression)));

            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments }
                when DecisionValues.IsNamed(invocation, "Equals") && invocation.Expression is MemberAccessExpressionSyntax member:
                var tested = arguments.Arguments.Count == 1 ? member.Expression
                    : arguments.Arguments[0].Expression == node ? arguments.Arguments[1].Expression : arguments.Arguments[0].Expression;
                return WithinOr(invocation, UseIsTransient(invocation, tested, negates: false));

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member
                when member.Expression == node && DecisionValues.IsNamed(invocation, "Equals") && invocation.ArgumentList.Arguments.Count == 1:
                return WithinOr(invocation, UseIsTransient(invocation, invocation.ArgumentList.Arguments[0].Expression, negates: false));

            case ConstantPatternSyntax pattern:
                return ForPattern(pattern);

            case CaseSwitchLabelSyntax label:
                return ForCaseLabel(label, None);

            case InitializerExpressionSyntax or ExpressionElementSyntax:
                return ForCollectionElement(node);

            default:
                return None;
        }
    }

    /// <summary>The list an element of an initializer or a collection expression belongs to.</summary>
    public static SyntaxNode? CollectionOf(SyntaxNode element)
        => element.Parent is ExpressionElementSyntax expressionElement ? expressionElement.Parent : element.Parent;

    /// <summary>What a list stands for: the array or object it initialises, or the set built from it (<c>new HashSet&lt;string&gt;(new[] { … })</c>).</summary>
    public static SyntaxNode? SetOf(SyntaxNode? collection)
    {
        if (collection is InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax } initialized)
        {
            collection = initialized.Parent;
        }

        return collection?.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } } ? creation : collection;
    }

    private static RetryFixPlan ForPattern(PatternSyntax constant)
    {
        var plan = None;
        PatternSyntax pattern = constant;
        while (true)
        {
            while (pattern.Parent is PatternSyntax parent)
            {
                if (parent is BinaryPatternSyntax binaryPattern && binaryPattern.IsKind(SyntaxKind.OrPattern) && plan.Kind == RetryFixKind.None)
                {
                    plan = new RetryFixPlan(RetryFixKind.KeepOtherOperand, binaryPattern, binaryPattern.Left == pattern ? binaryPattern.Right : binaryPattern.Left, negates: false);
                }

                pattern = parent;
            }

            switch (pattern.Parent)
            {
                case IsPatternExpressionSyntax isPattern:
                    return WithinOr(isPattern, pattern == constant ? UseIsTransient(isPattern, isPattern.Expression, negates: false) : plan);

                case SwitchExpressionArmSyntax arm when arm.Pattern == pattern:
                    return WithinOr(arm.Parent!, plan);

                case CasePatternSwitchLabelSyntax label:
                    return ForCaseLabel(label, plan);

                case SubpatternSyntax { Parent: PropertyPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } }:
                    pattern = recursive;
                    continue;

                default:
                    return plan;
            }
        }
    }

    private static RetryFixPlan ForCaseLabel(SwitchLabelSyntax label, RetryFixPlan plan)
        => label.Parent is SwitchSectionSyntax { Labels.Count: > 1 } && plan.Kind == RetryFixKind.None
            ? new RetryFixPlan(RetryFixKind.RemoveCaseLabel, label, null, negates: false)
            : plan;

    private static RetryFixPlan ForCollectionElement(SyntaxNode element)
    {
        var collection = CollectionOf(element);
        var count = collection switch
        {
            InitializerExpressionSyntax initializer => initializer.Expressions.Count,
            CollectionExpressionSyntax collectionExpression => collectionExpression.Elements.Count,
            _ => 0,
        };
        var plan = count > 1 ? new RetryFixPlan(RetryFixKind.RemoveElement, element.Parent is ExpressionElementSyntax ? element.Parent : element, null, negates: false) : None;
        var set = SetOf(collection);
        return set?.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax contains } member
               && member.Expression == set && DecisionValues.IsNamed(contains, "Contains")
            ? WithinOr(contains, plan)
            : plan;
    }

    private static RetryFixPlan UseIsTransient(SyntaxNode test, ExpressionSyntax tested, bool negates) => new(RetryFixKind.UseIsTransient, test, tested, negates);

    /// <summary>A test that is one side of <c>a || b</c> is removed with its <c>||</c>, unless a smaller edit was found.</summary>
    private static RetryFixPlan WithinOr(SyntaxNode test, RetryFixPlan plan)
        => test.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.LogicalOrExpression) && plan.Kind is RetryFixKind.None or RetryFixKind.UseIsTransient
            ? new RetryFixPlan(RetryFixKind.KeepOtherOperand, binary, binary.Left == test ? binary.Right : binary.Left, negates: false)
            : plan;
}
