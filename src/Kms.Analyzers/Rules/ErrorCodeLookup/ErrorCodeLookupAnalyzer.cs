using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS005: a code looked for where the SDK never puts it. Only <c>ServiceResponseException.ErrorCode</c> holds
/// the code and <c>ErrorMsg</c> its text; <c>ErrorMessage</c>, <c>Message</c> and <c>ToString()</c> hold neither.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeLookupAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.ErrorCodeLookup,
        title: "KMS error code looked up in the wrong place",
        messageFormat: "'{0}' is looked for in {1}, which never holds it: {2}",
        RuleCategories.Usage,
        description: "The HuaweiCloud SDK puts the service's error code only in ServiceResponseException.ErrorCode and its text only in ErrorMsg; SdkException.ErrorMessage (null for service errors), Exception.Message and ToString() hold neither. A check that looks for a code anywhere else, or for a message text in ErrorCode, is never true.");

    private static readonly Dictionary<string, List<KmsError>> ErrorsByMessage = IndexByMessage();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, _) =>
        {
            if (SdkContext.For(compilation).Exceptions is not { } types)
            {
                return null; // no SDK, no SDK exception to look in
            }

            var nodes = new GatedNodeActions();
            nodes.Add(nodeContext => AnalyzeCheck(nodeContext, types), ComparedValues.CheckKinds);
            return nodes;
        }));
    }

    private static void AnalyzeCheck(NodeAnalysisContext context, SdkExceptionTypes types)
    {
        foreach (var member in ExceptionMember.ReadsComparedBy(context.Node))
        {
            if (member.Name is WellKnownMemberNames.ErrorMsg or WellKnownMemberNames.ErrorMessage or WellKnownMemberNames.Message or nameof(ToString) or WellKnownMemberNames.ErrorCode)
            {
                AnalyzeMember(context, types, member);
            }
        }
    }

    private static void AnalyzeMember(NodeAnalysisContext context, SdkExceptionTypes types, ExceptionMember member)
    {
        var values = new List<ComparedValue>();
        ComparedValues.Collect(member.Subject, includeSearches: member.Name != WellKnownMemberNames.ErrorCode, values);
        if (!ComparedValues.AnyMayBe(values, member.Name == WellKnownMemberNames.ErrorCode ? IsCatalogMessage : ConstantText.IsKnownCode, includeNegated: true))
        {
            return;
        }

        var kind = types.KindOf(context.SemanticModel.GetTypeInfo(member.Receiver, context.CancellationToken).Type);
        if (kind is ExceptionKind.None or ExceptionKind.Network || (member.Name is WellKnownMemberNames.ErrorMsg or WellKnownMemberNames.ErrorCode && kind == ExceptionKind.Sdk))
        {
            return;
        }

        foreach (var value in values)
        {
            if (!ConstantText.TryGet(value.Value, context.SemanticModel, context.CancellationToken, out var text))
            {
                continue;
            }

            if (member.Name == WellKnownMemberNames.ErrorCode)
            {
                ReportMessageInErrorCode(context, value, text);
            }
            else if (ConstantText.IsKnownCode(text, out var error))
            {
                ReportCodeInText(context, member, kind, value, error);
            }
        }
    }

    private static bool IsCatalogMessage(string text) => ErrorsByMessage.ContainsKey(text);

    /// <summary><c>e.Message.Contains("KMS.0205")</c>: the fix compares <c>e.ErrorCode</c> instead, where the type has one.</summary>
    private static void ReportCodeInText(NodeAnalysisContext context, ExceptionMember member, ExceptionKind kind, ComparedValue value, KmsError error)
    {
        var fix = ImmutableDictionary<string, string?>.Empty;
        if (kind != ExceptionKind.Sdk && FixedCheck(value) is { } replaced)
        {
            var comparison = member.ErrorCodeAccess + (replaced.Negated ? " != " : " == ") + value.Value.ToString();
            fix = fix.Add(DiagnosticPropertyNames.ReplaceSpan, SpanProperty.Format(replaced.Node.Span))
                .Add(DiagnosticPropertyNames.Replacement, NeedsParentheses(replaced.Node) ? "(" + comparison + ")" : comparison);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.Value.GetLocation(),
            fix,
            error.Code,
            member.Name == "ToString" ? "ToString()" : member.Name,
            "the code is in ErrorCode"));
    }

    /// <summary><c>e.ErrorCode == "Invalid key ID."</c>: the fix offers the code of each catalog entry with that message.</summary>
    private static void ReportMessageInErrorCode(NodeAnalysisContext context, ComparedValue value, string text)
    {
        if (!ErrorsByMessage.TryGetValue(text, out var errors))
        {
            return;
        }

        var codes = new StringBuilder();
        var names = new StringBuilder();
        foreach (var error in errors)
        {
            codes.Append(codes.Length == 0 ? string.Empty : " or ").Append(error.Code);
            names.Append(names.Length == 0 ? string.Empty : ",").Append(error.ConstantName);
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.Value.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.ConstantNames, names.ToString()),
            text,
            WellKnownMemberNames.ErrorCode,
            "that is the message of " + codes + "; ErrorCode holds the code"));
    }

    /// <summary>
    /// The node a fix replaces with an ErrorCode comparison: the equality or search itself; for IndexOf, the
    /// comparison of its result (<c>&gt;= 0</c>, <c>!= -1</c>, <c>&lt; 0</c> …). Patterns and case labels get no fix.
    /// </summary>
    private static (SyntaxNode Node, bool Negated)? FixedCheck(ComparedValue value)
    {
        if (value.Check is not (BinaryExpressionSyntax or InvocationExpressionSyntax))
        {
            return null;
        }

        if (value.Check is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "IndexOf" } } indexOf)
        {
            return SyntaxNames.OutermostParentheses(indexOf).Parent is BinaryExpressionSyntax { Right: LiteralExpressionSyntax or PrefixUnaryExpressionSyntax } comparison
                   && IndexOfFound(comparison) is { } found
                ? (comparison, !found)
                : null;
        }

        return (value.Check, value.Negated);
    }

    private static bool? IndexOfFound(BinaryExpressionSyntax comparison)
    {
        var bound = comparison.Right.ToString().Replace(" ", string.Empty);
        return (comparison.Kind(), bound) switch
        {
            (SyntaxKind.GreaterThanOrEqualExpression, "0") => true,
            (SyntaxKind.GreaterThanExpression, "-1") => true,
            (SyntaxKind.NotEqualsExpression, "-1") => true,
            (SyntaxKind.LessThanExpression, "0") => false,
            (SyntaxKind.EqualsExpression, "-1") => false,
            _ => null,
        };
    }

    /// <summary>Where an <c>==</c> needs parentheses to keep its meaning (under <c>!</c>, a member access, a tighter operator).</summary>
    private static bool NeedsParentheses(SyntaxNode replaced)
        => replaced.Parent is PrefixUnaryExpressionSyntax or MemberAccessExpressionSyntax or CastExpressionSyntax
           || (replaced.Parent is BinaryExpressionSyntax binary
               && !binary.IsKind(SyntaxKind.LogicalAndExpression)
               && !binary.IsKind(SyntaxKind.LogicalOrExpression)
               && !binary.IsKind(SyntaxKind.CoalesceExpression));

    private static Dictionary<string, List<KmsError>> IndexByMessage()
    {
        var index = new Dictionary<string, List<KmsError>>(System.StringComparer.Ordinal);
        foreach (var error in KmsErrorCatalog.All)
        {
            if (!index.TryGetValue(error.Message, out var errors))
            {
                index.Add(error.Message, errors = new List<KmsError>());
            }

            errors.Add(error);
        }

        return index;
    }
}
