using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>KMS008's five places, for one compilation: each finds a whole type retried and hands it to <see cref="Report"/>.</summary>
internal sealed class ClientErrorRetryPlaces
{
    private readonly RetryContext retry;
    private readonly SdkExceptionTypes exceptions;

    public ClientErrorRetryPlaces(RetryContext retry, SdkExceptionTypes exceptions)
    {
        this.retry = retry;
        this.exceptions = exceptions;
    }

    /// <summary><c>Policy.Handle&lt;T&gt;()</c> in a chain ending in a retry; the SDK's <c>WithRetry</c> condition.</summary>
    public void AnalyzeInvocation(NodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var name = SyntaxNames.LastName(invocation.Expression);
        if (name == WellKnownMemberNames.WithRetry)
        {
            if (retry.HasSdkInvokers
                && invocation.ArgumentList.Arguments.Count > 0
                && invocation.ArgumentList.Arguments[0].Expression is AnonymousFunctionExpressionSyntax condition
                && context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol method
                && retry.IsSdkWithRetry(method))
            {
                AnalyzeDecision(context, condition, invocation);
            }

            return;
        }

        if (retry.HasPollyV7
            && HandledType(invocation) is { } type
            && RetryPlaces.EndsInRetry(invocation)
            && context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol handle
            && retry.IsPollyV7Predicate(handle))
        {
            Report(context, type, RetriedWork.ScopeOf(invocation), ClientErrorFixShape.HandleArgument);
        }
    }

    /// <summary>Polly v8's <c>ShouldHandle</c>: a <c>PredicateBuilder</c>'s <c>Handle&lt;T&gt;()</c>, or a predicate's type test.</summary>
    public void AnalyzeShouldHandle(NodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (!retry.IsRetryShouldHandle(assignment, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        if (assignment.Right is AnonymousFunctionExpressionSyntax predicate)
        {
            AnalyzeDecision(context, predicate, RetriedWork.ScopeOf(assignment));
            return;
        }

        foreach (var node in assignment.Right.DescendantNodesAndSelf())
        {
            if (node is InvocationExpressionSyntax invocation
                && HandledType(invocation) is { } type
                && context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol handle
                && retry.IsPollyV8Predicate(handle))
            {
                Report(context, type, RetriedWork.ScopeOf(assignment), ClientErrorFixShape.HandleArgument);
            }
        }
    }

    /// <summary>A catch of a whole type in a loop that stops on success, goes round again and never tests what it caught.</summary>
    public void AnalyzeCatch(NodeAnalysisContext context)
    {
        var catchClause = (CatchClauseSyntax)context.Node;
        if (catchClause.Declaration?.Type is { } type
            && IsCandidateName(type)
            && catchClause.Parent is TryStatementSyntax tryStatement
            && RetryPlaces.IsInRetryLoop(catchClause)
            && RetryPlaces.GoesRoundAgain(catchClause)
            && RetryPlaces.StopsOnSuccess(catchClause)
            && !(CaughtException.IsKept(catchClause) && RetryPlaces.DecidesAfterTry(catchClause))
            && !CaughtException.IsTested(catchClause))
        {
            Report(context, type, tryStatement.Block, ClientErrorFixShape.CatchFilter);
        }
    }

    /// <summary>A member or local named as a retry decision (<c>ShouldRetry</c>, <c>IsTransient</c>).</summary>
    public void AnalyzeNamedDecision(NodeAnalysisContext context)
    {
        if (retry.IsNamedDecision(context.Node))
        {
            AnalyzeDecision(context, context.Node, context.Node);
        }
    }

    /// <summary>Reports each type test in <paramref name="decision"/> that answers it "retry" for the whole type.</summary>
    private void AnalyzeDecision(NodeAnalysisContext context, SyntaxNode decision, SyntaxNode workScope)
    {
        foreach (var node in decision.DescendantNodes())
        {
            if (node is TypeSyntax type
                && type.Parent is not QualifiedNameSyntax
                && IsCandidateName(type)
                && WholeTypeTest.DecisionOf(type, context.SemanticModel, out var shape) == decision)
            {
                Report(context, type, workScope, shape);
            }
        }
    }

    private void Report(NodeAnalysisContext context, TypeSyntax type, SyntaxNode workScope, ClientErrorFixShape shape)
    {
        var symbol = context.SemanticModel.GetSymbolInfo(type, context.CancellationToken).Symbol as ITypeSymbol;
        var carrier = exceptions.ClientErrorCarrier(symbol);
        if (symbol is null || (carrier == ExceptionKind.None && !IsSystemException(symbol)))
        {
            return;
        }

        // Another service's calls alone: its 4xx answers are not KMS's. Exception carries them only around a KMS call.
        var work = RetriedWork.In(workScope, context.SemanticModel, retry.Sdk, context.CancellationToken);
        if (carrier == ExceptionKind.None ? !work.CallsKms : work.CallsOtherService && !work.CallsKms)
        {
            return;
        }

        context.ReportDiagnostic(ClientErrorRetryAnalyzer.Create(type.GetLocation(), symbol.Name, shape, carrier == ExceptionKind.ClientRequest));
    }

    /// <summary><c>Handle&lt;T&gt;()</c>, <c>Or&lt;T&gt;()</c> and their <c>Inner</c> forms, with no predicate or one that answers true.</summary>
    private static TypeSyntax? HandledType(InvocationExpressionSyntax invocation)
    {
        var name = invocation.Expression is MemberAccessExpressionSyntax member ? member.Name : invocation.Expression as SimpleNameSyntax;
        if (name is not GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic
            || generic.Identifier.ValueText is not ("Handle" or "Or" or "HandleInner" or "OrInner")
            || !IsCandidateName(generic.TypeArgumentList.Arguments[0]))
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        return arguments.Count == 0
               || (arguments.Count == 1 && arguments[0].Expression is LambdaExpressionSyntax { Body: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression } })
            ? generic.TypeArgumentList.Arguments[0]
            : null;
    }

    /// <summary>By syntax first: the name of a carrier or of <c>Exception</c>.</summary>
    private static bool IsCandidateName(TypeSyntax type)
        => (type is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText : SyntaxNames.LastName(type))
            is WellKnownTypeNames.ClientRequestExceptionName or WellKnownTypeNames.ServiceResponseExceptionName or WellKnownTypeNames.SdkExceptionName or "Exception";

    private static bool IsSystemException(ITypeSymbol type)
        => type is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };
}
