using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>How a decision answers "retry": by its value (a predicate), or by going round the loop (a catch).</summary>
internal enum DecisionMode
{
    Predicate,
    Loop,
}

/// <summary>How KMS003's fix takes a code out of a retry decision.</summary>
internal enum RetryFixKind
{
    None,

    /// <summary>Remove the code from a list of several.</summary>
    RemoveElement,

    /// <summary>Replace <c>a or b</c> / <c>a || b</c> by the other side.</summary>
    KeepOtherOperand,

    /// <summary>Remove one <c>case</c> label of several.</summary>
    RemoveCaseLabel,

    /// <summary>Replace the check by <c>KmsErrorCatalog.IsTransient(tested)</c>.</summary>
    UseIsTransient,
}

/// <summary>What a code means to the decision that contains it.</summary>
internal sealed class RetryFinding
{
    /// <summary>The decision the answer belongs to: a lambda, method, local function, property, variable or catch clause.</summary>
    public SyntaxNode? Owner { get; set; }

    /// <summary>+1: the decision answers "retry" for this code; -1: it answers "do not"; 0: cannot tell.</summary>
    public int Answer { get; set; }

    public RetryFixKind Fix { get; set; }

    /// <summary>The node the fix removes or replaces.</summary>
    public SyntaxNode? FixTarget { get; set; }

    /// <summary>KeepOtherOperand: the operand that stays. UseIsTransient: the value tested.</summary>
    public SyntaxNode? FixOperand { get; set; }

    /// <summary>UseIsTransient: the check was a "not equal", so the call is negated.</summary>
    public bool FixNegates { get; set; }
}

/// <summary>
/// Walks from a code to the answer of its decision, keeping the polarity: <c>!=</c>, <c>!</c> and <c>not</c>
/// flip it; a <c>false</c> arm or <c>return false</c> answers "do not retry"; in a catch, <c>continue</c> or
/// falling through goes round the loop, <c>throw</c>, <c>return</c> and <c>break</c> leave it.
/// </summary>
internal static class RetryDecisionWalker
{
    public static RetryFinding Walk(ExpressionSyntax code, DecisionMode mode, SemanticModel semanticModel)
    {
        var finding = new RetryFinding();
        SyntaxNode node = SyntaxNames.OutermostParentheses(code);
        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                var negated = binary.IsKind(SyntaxKind.NotEqualsExpression);
                SetIsTransientFix(finding, binary, binary.Left == node ? binary.Right : binary.Left, negated);
                FromTest(finding, binary, negated ? -1 : 1, mode, semanticModel);
                break;

            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } arguments }
                when IsNamed(invocation, "Equals") && invocation.Expression is MemberAccessExpressionSyntax member:
                var tested = arguments.Arguments.Count == 1 ? member.Expression
                    : arguments.Arguments[0].Expression == node ? arguments.Arguments[1].Expression : arguments.Arguments[0].Expression;
                SetIsTransientFix(finding, invocation, tested, false);
                FromTest(finding, invocation, 1, mode, semanticModel);
                break;

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member
                when member.Expression == node && IsNamed(invocation, "Equals") && invocation.ArgumentList.Arguments.Count == 1:
                SetIsTransientFix(finding, invocation, invocation.ArgumentList.Arguments[0].Expression, false);
                FromTest(finding, invocation, 1, mode, semanticModel);
                break;

            case ConstantPatternSyntax pattern:
                FromPattern(finding, pattern, mode, semanticModel);
                break;

            case CaseSwitchLabelSyntax label:
                FromCaseLabel(finding, label, 1, mode, semanticModel);
                break;

            case InitializerExpressionSyntax or ExpressionElementSyntax:
                FromCollectionElement(finding, node, mode, semanticModel);
                break;
        }

        return finding;
    }

    private static void FromPattern(RetryFinding finding, PatternSyntax constant, DecisionMode mode, SemanticModel semanticModel)
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
                else if (parent is BinaryPatternSyntax binaryPattern && binaryPattern.IsKind(SyntaxKind.OrPattern) && finding.Fix == RetryFixKind.None)
                {
                    finding.Fix = RetryFixKind.KeepOtherOperand;
                    finding.FixTarget = binaryPattern;
                    finding.FixOperand = binaryPattern.Left == pattern ? binaryPattern.Right : binaryPattern.Left;
                }

                pattern = parent;
            }

            switch (pattern.Parent)
            {
                case IsPatternExpressionSyntax isPattern:
                    if (pattern == constant)
                    {
                        SetIsTransientFix(finding, isPattern, isPattern.Expression, false);
                    }

                    FromTest(finding, isPattern, polarity, mode, semanticModel);
                    return;

                case SwitchExpressionArmSyntax arm when arm.Pattern == pattern:
                    FromTest(finding, arm.Parent!, polarity * AnswerOfValue(arm.Expression, semanticModel), mode, semanticModel);
                    return;

                case CasePatternSwitchLabelSyntax label:
                    FromCaseLabel(finding, label, polarity, mode, semanticModel);
                    return;

                case SubpatternSyntax { Parent: PropertyPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } }:
                    pattern = recursive; // { ErrorCode: "KMS.0209" }: the enclosing pattern decides
                    continue;

                default:
                    return;
            }
        }
    }

    private static void FromCaseLabel(RetryFinding finding, SwitchLabelSyntax label, int polarity, DecisionMode mode, SemanticModel semanticModel)
    {
        if (label.Parent is not SwitchSectionSyntax section)
        {
            return;
        }

        if (section.Labels.Count > 1 && finding.Fix == RetryFixKind.None)
        {
            finding.Fix = RetryFixKind.RemoveCaseLabel;
            finding.FixTarget = label;
        }

        finding.Owner = OwnerOf(section, mode);
        finding.Answer = polarity * StatementsAnswer(section.Statements, 0, mode, semanticModel);
    }

    private static void FromCollectionElement(RetryFinding finding, SyntaxNode element, DecisionMode mode, SemanticModel semanticModel)
    {
        SyntaxNode? collection = element.Parent is ExpressionElementSyntax expressionElement ? expressionElement.Parent : element.Parent;
        var count = collection switch
        {
            InitializerExpressionSyntax initializer => initializer.Expressions.Count,
            CollectionExpressionSyntax collectionExpression => collectionExpression.Elements.Count,
            _ => 0,
        };
        if (count > 1)
        {
            finding.Fix = RetryFixKind.RemoveElement;
            finding.FixTarget = element.Parent is ExpressionElementSyntax ? element.Parent : element;
        }

        if (collection is InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax } initialized)
        {
            collection = initialized.Parent;
        }

        // new HashSet<string>(new[] { … }): the set is what counts.
        if (collection?.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax creation } })
        {
            collection = creation;
        }

        switch (collection?.Parent)
        {
            case EqualsValueClauseSyntax equalsValue:
                finding.Owner = equalsValue.Parent;
                finding.Answer = 1; // a named set of retried codes
                break;

            case ArrowExpressionClauseSyntax arrow:
                finding.Owner = arrow.Parent;
                finding.Answer = 1;
                break;

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax contains } member
                when member.Expression == collection && IsNamed(contains, "Contains"):
                FromTest(finding, contains, 1, mode, semanticModel);
                break;
        }
    }

    private static void FromTest(RetryFinding finding, SyntaxNode test, int polarity, DecisionMode mode, SemanticModel semanticModel)
    {
        var node = test;
        var firstHop = true;
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
                    if (firstHop && binary.IsKind(SyntaxKind.LogicalOrExpression) && finding.Fix is RetryFixKind.None or RetryFixKind.UseIsTransient)
                    {
                        finding.Fix = RetryFixKind.KeepOtherOperand;
                        finding.FixTarget = binary;
                        finding.FixOperand = binary.Left == node ? binary.Right : binary.Left;
                    }

                    break;

                case ConditionalExpressionSyntax conditional:
                    if (conditional.Condition == node && IsFalseish(conditional.WhenTrue) && !IsFalseish(conditional.WhenFalse))
                    {
                        polarity = -polarity;
                    }

                    break;

                case SwitchExpressionArmSyntax arm when arm.Expression == node:
                    parent = arm.Parent!;
                    break;

                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: { } call } } when IsResultWrapper(call):
                    parent = call; // ValueTask.FromResult(x), new ValueTask<bool>(x)
                    break;

                case ReturnStatementSyntax when mode == DecisionMode.Predicate:
                    Decide(finding, OwnerOf(parent, mode), polarity);
                    return;

                case ArrowExpressionClauseSyntax arrow:
                    Decide(finding, arrow.Parent, polarity);
                    return;

                case AnonymousFunctionExpressionSyntax lambda when lambda.Body == node:
                    // A lambda that initialises a named field or local answers for that name.
                    Decide(finding, lambda.Parent is EqualsValueClauseSyntax named ? named.Parent : lambda, polarity);
                    return;

                case EqualsValueClauseSyntax equalsValue:
                    Decide(finding, equalsValue.Parent, polarity);
                    return;

                case CatchFilterClauseSyntax { Parent: CatchClauseSyntax catchClause } when mode == DecisionMode.Loop:
                    Decide(finding, catchClause, polarity * StatementsAnswer(catchClause.Block.Statements, 0, mode, semanticModel));
                    return;

                case IfStatementSyntax ifStatement when ifStatement.Condition == node:
                    Decide(finding, OwnerOf(ifStatement, mode), polarity * BranchAnswer(ifStatement, mode, semanticModel));
                    return;

                default:
                    return;
            }

            node = parent;
            firstHop = false;
        }
    }

    private static void Decide(RetryFinding finding, SyntaxNode? owner, int answer)
    {
        finding.Owner = owner;
        finding.Answer = answer;
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
    {
        switch (statement)
        {
            case ReturnStatementSyntax returnStatement:
                return mode == DecisionMode.Loop ? -1 : returnStatement.Expression is { } value ? AnswerOfValue(value, semanticModel) : 0;
            case ThrowStatementSyntax:
                return -1;
            case ContinueStatementSyntax:
                return mode == DecisionMode.Loop ? 1 : 0;
            case BreakStatementSyntax:
                return mode == DecisionMode.Loop && statement.Parent is not SwitchSectionSyntax ? -1 : 0;
            case ExpressionStatementSyntax { Expression: ThrowExpressionSyntax }:
                return -1;
            default:
                return 0;
        }
    }

    /// <summary>A value a decision answers with: false, null, default, PredicateResult.False() mean "do not retry".</summary>
    private static int AnswerOfValue(ExpressionSyntax value, SemanticModel semanticModel)
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

    private static bool IsFalseish(ExpressionSyntax value)
    {
        var unwrapped = Unwrap(value);
        return unwrapped.IsKind(SyntaxKind.FalseLiteralExpression)
               || unwrapped.IsKind(SyntaxKind.NullLiteralExpression)
               || unwrapped.IsKind(SyntaxKind.DefaultLiteralExpression)
               || (unwrapped is InvocationExpressionSyntax invocation && IsNamed(invocation, "False"));
    }

    /// <summary>Looks through parentheses and <c>FromResult(x)</c> / <c>new ValueTask&lt;bool&gt;(x)</c>.</summary>
    private static ExpressionSyntax Unwrap(ExpressionSyntax value)
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

    private static bool IsResultWrapper(SyntaxNode call) => call switch
    {
        InvocationExpressionSyntax invocation => IsNamed(invocation, "FromResult"),
        ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "ValueTask" } } => true,
        _ => false,
    };

    private static void SetIsTransientFix(RetryFinding finding, SyntaxNode test, ExpressionSyntax tested, bool negates)
    {
        finding.Fix = RetryFixKind.UseIsTransient;
        finding.FixTarget = test;
        finding.FixOperand = tested;
        finding.FixNegates = negates;
    }

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

    private static bool IsNamed(InvocationExpressionSyntax invocation, string name) => SyntaxNames.LastName(invocation.Expression) == name;
}
