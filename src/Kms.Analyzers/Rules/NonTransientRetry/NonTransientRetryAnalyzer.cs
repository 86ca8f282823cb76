using System;
using System.Collections.Immutable;
using System.Globalization;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS003: a non-transient code that decides a retry. Retry decisions (<see cref="DecisionMode"/>) are found by
/// syntax first; only they are searched for codes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonTransientRetryAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.NonTransientRetry,
        title: "Do not retry a non-transient KMS error",
        messageFormat: "'{0}' ({1}) is not transient; retrying cannot succeed: {2}",
        RuleCategories.Reliability,
        description: "A KMS error can succeed when the same request is sent again only where it reports the service's own passing failure: " + TransientCount() + ". Every other code fails again until the request, the key's or the account's state, a permission, a token or a quota changes, so a retry only adds load and delay. KmsErrorCatalog.IsTransient(code) is the recommended retry condition.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, options) =>
        {
            var retry = RetryContext.For(compilation, options);
            var nodes = new GatedNodeActions();
            if (retry.HasPollyV7 || retry.HasSdkInvokers)
            {
                nodes.Add(nodeContext => AnalyzeInvocation(nodeContext, retry), SyntaxKind.InvocationExpression);
            }

            if (retry.HasPollyV8)
            {
                nodes.Add(nodeContext => AnalyzeShouldHandle(nodeContext, retry), SyntaxKind.SimpleAssignmentExpression);
            }

            nodes.Add(nodeContext => AnalyzeCatch(nodeContext, retry), SyntaxKind.CatchClause);
            nodes.Add(nodeContext => AnalyzeNamedDecision(nodeContext, retry), RetryContext.NamedDecisionKinds);
            return nodes;
        }));
    }

    private static void AnalyzeInvocation(NodeAnalysisContext context, RetryContext retry)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = SyntaxNames.LastName(invocation.Expression);
        var isPollyName = retry.HasPollyV7 && RetryPlaces.IsPollyV7PredicateName(name);
        var isWithRetry = retry.HasSdkInvokers && name == WellKnownMemberNames.WithRetry;
        if ((!isPollyName && !isWithRetry)
            || context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol method)
        {
            return;
        }

        if (isPollyName && retry.IsPollyV7Predicate(method) && RetryPlaces.EndsInRetry(invocation))
        {
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (argument.Expression is AnonymousFunctionExpressionSyntax predicate)
                {
                    AnalyzeDecision(context, retry, predicate, DecisionMode.Predicate, predicate);
                }
            }
        }
        else if (isWithRetry && retry.IsSdkWithRetry(method))
        {
            foreach (var argument in invocation.ArgumentList.Arguments)
            {
                if (argument.Expression is AnonymousFunctionExpressionSyntax condition)
                {
                    AnalyzeDecision(context, retry, condition, DecisionMode.Predicate, condition);
                }
            }
        }
    }

    private static void AnalyzeShouldHandle(NodeAnalysisContext context, RetryContext retry)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (!retry.IsRetryShouldHandle(assignment, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        // The predicate itself, or the predicate lambdas of a PredicateBuilder chain inside it.
        foreach (var node in assignment.Right.DescendantNodesAndSelf())
        {
            if (node is AnonymousFunctionExpressionSyntax lambda
                && (lambda == assignment.Right || lambda.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && RetryPlaces.IsPollyV7PredicateName(SyntaxNames.LastName(call.Expression))))
            {
                AnalyzeDecision(context, retry, lambda, DecisionMode.Predicate, lambda);
            }
        }
    }

    private static void AnalyzeCatch(NodeAnalysisContext context, RetryContext retry)
    {
        var catchClause = (CatchClauseSyntax)context.Node;
        if (RetryPlaces.IsInRetryLoop(catchClause))
        {
            AnalyzeDecision(context, retry, catchClause, DecisionMode.Loop, catchClause);
        }
    }

    private static void AnalyzeNamedDecision(NodeAnalysisContext context, RetryContext retry)
    {
        if (retry.IsNamedDecision(context.Node))
        {
            AnalyzeDecision(context, retry, context.Node, DecisionMode.Predicate, context.Node);
        }
    }

    /// <summary>Reports every non-transient code in <paramref name="scope"/> whose answer, in the decision <paramref name="owner"/>, is "retry".</summary>
    private static void AnalyzeDecision(NodeAnalysisContext context, RetryContext retry, SyntaxNode scope, DecisionMode mode, SyntaxNode owner)
    {
        foreach (var node in scope.DescendantNodes())
        {
            if (node is not ExpressionSyntax expression || !MayBeCode(expression))
            {
                continue;
            }

            // The walk is a syntax test first: where no decision tests the value, it answers 0 before any binding,
            // so only values a decision answers "retry" on are asked for their constant.
            var verdict = RetryDecisionWalker.Walk(expression, mode, context.SemanticModel);
            if (verdict.Answer > 0 && verdict.Owner == owner
                && ConstantText.TryGetKnownCode(expression, context.SemanticModel, context.CancellationToken, out var error)
                && !retry.IsTransient(error.Code, expression.SyntaxTree))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, expression.GetLocation(), FixProperties(RetryFixPlan.For(expression), mode), error.Code, error.Message, error.Measure));
            }
        }
    }

    /// <summary>A literal that is a known code, or a name that may be one (KmsErrorCodes.X, a const of the user's).</summary>
    private static bool MayBeCode(ExpressionSyntax expression)
        => expression switch
        {
            LiteralExpressionSyntax literal => ConstantText.MayBe(literal, ConstantText.IsKnownCode),
            IdentifierNameSyntax when expression.Parent is MemberAccessExpressionSyntax => false,
            IdentifierNameSyntax or MemberAccessExpressionSyntax => true,
            _ => false,
        };

    private static ImmutableDictionary<string, string?> FixProperties(RetryFixPlan plan, DecisionMode mode)
        => plan.Kind == RetryFixKind.None
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticPropertyNames.RetryFix, plan.Kind.ToString())
                .Add(DiagnosticPropertyNames.RetryMode, mode.ToString());

    /// <summary>"18 of the catalog's 160 codes": the description follows the catalog.</summary>
    private static string TransientCount()
    {
        var transient = 0;
        foreach (var error in KmsErrorCatalog.All)
        {
            transient += error.IsTransient ? 1 : 0;
        }

        return transient.ToString(CultureInfo.InvariantCulture) + " of the catalog's " + KmsErrorCatalog.All.Count.ToString(CultureInfo.InvariantCulture) + " codes";
    }
}
