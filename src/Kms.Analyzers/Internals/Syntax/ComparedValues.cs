using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// The values an expression is compared with: <c>x == v</c>, <c>x.Equals(v)</c>, <c>string.Equals(x, v)</c>,
/// <c>x is v or w</c>, <c>switch (x) { case v: }</c>, <c>x switch { v => … }</c>, and optionally searched for in it.
/// </summary>
internal static class ComparedValues
{
    private static readonly string[] SearchMethods = { "Contains", "StartsWith", "EndsWith", "IndexOf" };

    /// <summary>
    /// Whether any value (negated ones only if <paramref name="includeNegated"/>) may hold a constant
    /// <paramref name="isWanted"/> accepts (<see cref="ConstantText.MayBe"/>): the syntax test that comes before
    /// any semantic call.
    /// </summary>
    public static bool AnyMayBe(List<ComparedValue> values, System.Func<string, bool> isWanted, bool includeNegated)
    {
        foreach (var value in values)
        {
            if ((includeNegated || !value.Negated) && ConstantText.MayBe(value.Value, isWanted))
            {
                return true;
            }
        }

        return false;
    }

    public static void Collect(ExpressionSyntax subject, bool includeSearches, List<ComparedValue> values)
    {
        var node = SyntaxNames.OutermostParentheses(subject);
        switch (node.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                values.Add(new ComparedValue(binary.Left == node ? binary.Right : binary.Left, binary, binary.IsKind(SyntaxKind.NotEqualsExpression), false));
                break;

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } member when member.Expression == node && call.ArgumentList.Arguments.Count >= 1:
                var name = member.Name.Identifier.ValueText;
                if (name == "Equals" && call.ArgumentList.Arguments.Count == 1)
                {
                    values.Add(new ComparedValue(call.ArgumentList.Arguments[0].Expression, call, false, false));
                }
                else if (includeSearches && System.Array.IndexOf(SearchMethods, name) >= 0)
                {
                    values.Add(new ComparedValue(call.ArgumentList.Arguments[0].Expression, call, false, true));
                }

                break;

            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } arguments } argument
                when arguments.Arguments.Count >= 2 && call.Expression is MemberAccessExpressionSyntax member:
                // string.Equals(x, v[, comparison]) and Regex.IsMatch(x, v[, options])
                var isEquals = member.Name.Identifier.ValueText == "Equals";
                var isMatch = includeSearches && member.Name.Identifier.ValueText == "IsMatch" && arguments.Arguments[0] == argument;
                if (isEquals || isMatch)
                {
                    var other = arguments.Arguments[0] == argument ? arguments.Arguments[1] : arguments.Arguments[0];
                    values.Add(new ComparedValue(other.Expression, call, false, isMatch));
                }

                break;

            case IsPatternExpressionSyntax isPattern when isPattern.Expression == node:
                CollectPattern(isPattern.Pattern, isPattern, false, values);
                break;

            case SwitchStatementSyntax switchStatement:
                foreach (var section in switchStatement.Sections)
                {
                    foreach (var label in section.Labels)
                    {
                        if (label is CaseSwitchLabelSyntax caseLabel)
                        {
                            values.Add(new ComparedValue(caseLabel.Value, caseLabel, false, false));
                        }
                        else if (label is CasePatternSwitchLabelSyntax patternLabel)
                        {
                            CollectPattern(patternLabel.Pattern, patternLabel, false, values);
                        }
                    }
                }

                break;

            case SwitchExpressionSyntax switchExpression when switchExpression.GoverningExpression == node:
                foreach (var arm in switchExpression.Arms)
                {
                    CollectPattern(arm.Pattern, arm, false, values);
                }

                break;
        }
    }

    /// <summary>The constants of a pattern: <c>v</c>, <c>v or w</c>, <c>not v</c>, not those nested in property patterns.</summary>
    public static void CollectPattern(PatternSyntax pattern, SyntaxNode check, bool negated, List<ComparedValue> values)
    {
        switch (pattern)
        {
            case ConstantPatternSyntax constant:
                values.Add(new ComparedValue(constant.Expression, check, negated, false));
                break;
            case BinaryPatternSyntax binary:
                CollectPattern(binary.Left, check, negated, values);
                CollectPattern(binary.Right, check, negated, values);
                break;
            case UnaryPatternSyntax unary:
                CollectPattern(unary.Pattern, check, !negated, values);
                break;
            case ParenthesizedPatternSyntax parenthesized:
                CollectPattern(parenthesized.Pattern, check, negated, values);
                break;
        }
    }

    /// <summary>The comparison node kinds whose operands <see cref="SubjectsOf"/> returns.</summary>
    public static readonly SyntaxKind[] CheckKinds =
    {
        SyntaxKind.EqualsExpression,
        SyntaxKind.NotEqualsExpression,
        SyntaxKind.InvocationExpression,
        SyntaxKind.IsPatternExpression,
        SyntaxKind.SwitchStatement,
        SyntaxKind.SwitchExpression,
    };

    /// <summary>
    /// The operands a comparison node compares (or searches in): a diagnostic on one of its values is then local
    /// to the node the analyzer visits. Names are tested first: most invocations are not comparisons.
    /// </summary>
    public static void SubjectsOf(SyntaxNode check, ref List<ExpressionSyntax>? subjects, System.Func<ExpressionSyntax, bool> wanted)
    {
        switch (check)
        {
            case BinaryExpressionSyntax binary:
                Add(ref subjects, binary.Left, wanted);
                Add(ref subjects, binary.Right, wanted);
                break;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation:
                var name = member.Name.Identifier.ValueText;
                if (name == "Equals" || System.Array.IndexOf(SearchMethods, name) >= 0)
                {
                    Add(ref subjects, member.Expression, wanted);
                }

                if ((name == "Equals" || name == "IsMatch") && invocation.ArgumentList.Arguments.Count >= 2)
                {
                    Add(ref subjects, invocation.ArgumentList.Arguments[0].Expression, wanted);
                    Add(ref subjects, invocation.ArgumentList.Arguments[1].Expression, wanted);
                }

                break;
            case IsPatternExpressionSyntax isPattern:
                Add(ref subjects, isPattern.Expression, wanted);
                break;
            case SwitchStatementSyntax switchStatement:
                Add(ref subjects, switchStatement.Expression, wanted);
                break;
            case SwitchExpressionSyntax switchExpression:
                Add(ref subjects, switchExpression.GoverningExpression, wanted);
                break;
        }
    }

    private static void Add(ref List<ExpressionSyntax>? subjects, ExpressionSyntax subject, System.Func<ExpressionSyntax, bool> wanted)
    {
        if (wanted(subject))
        {
            (subjects ??= new List<ExpressionSyntax>(2)).Add(subject);
        }
    }
}
