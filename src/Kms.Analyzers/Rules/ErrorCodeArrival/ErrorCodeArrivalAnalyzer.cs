using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS006: a code tested where it cannot arrive: a 4xx code on a value typed, caught or matched as
/// <c>ServerResponseException</c>, a 5xx one as <c>ClientRequestException</c>, or beside a contradicting status test.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeArrivalAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.ErrorCodeArrival,
        title: "KMS error code tested where it cannot arrive",
        messageFormat: "'{0}' (HTTP {1}) can never arrive here: {2}",
        RuleCategories.Usage,
        description: "With the HuaweiCloud SDK, HTTP 4xx answers arrive as ClientRequestException and 5xx as ServerResponseException. A code tested on the other type, or together with an HttpStatusCode its catalog status contradicts, is never matched.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, _) =>
        {
            if (SdkContext.For(compilation).Exceptions is not { HasResponseTypes: true } types)
            {
                return null;
            }

            var nodes = new GatedNodeActions();
            nodes.Add(nodeContext => AnalyzeCheck(nodeContext, types), ComparedValues.CheckKinds);
            nodes.Add(nodeContext => AnalyzeSubpattern(nodeContext, types), SyntaxKind.Subpattern);
            return nodes;
        }));
    }

    private static void AnalyzeCheck(NodeAnalysisContext context, SdkExceptionTypes types)
    {
        foreach (var member in ExceptionMember.ReadsComparedBy(context.Node))
        {
            if (member.Name == WellKnownMemberNames.ErrorCode)
            {
                AnalyzeErrorCode(context, types, member);
            }
        }
    }

    private static void AnalyzeErrorCode(NodeAnalysisContext context, SdkExceptionTypes types, ExceptionMember member)
    {
        var values = new List<ComparedValue>();
        ComparedValues.Collect(member.Subject, includeSearches: false, values);
        if (!ComparedValues.AnyMayBe(values, ConstantText.IsKnownCode, includeNegated: false)
            || ResponseKind(types, context.SemanticModel.GetTypeInfo(member.Receiver, context.CancellationToken).Type) is not { } kind)
        {
            return;
        }

        ReportMismatches(
            context,
            values,
            kind,
            arrival => CatchTypeFix(context, member, arrival),
            (value, error) => ContradictedStatus(value.Check, member.Receiver, error.HttpStatusCode));
    }

    /// <summary><c>ClientRequestException { ErrorCode: KmsErrorCodes.InternalError }</c>, and <c>{ HttpStatusCode: 500, ErrorCode: … }</c>.</summary>
    private static void AnalyzeSubpattern(NodeAnalysisContext context, SdkExceptionTypes types)
    {
        var subpattern = (SubpatternSyntax)context.Node;
        if (SyntaxNames.SubpatternName(subpattern) != WellKnownMemberNames.ErrorCode
            || subpattern.Parent is not PropertyPatternClauseSyntax { Parent: RecursivePatternSyntax recursive } clause)
        {
            return;
        }

        var values = new List<ComparedValue>();
        ComparedValues.CollectPattern(subpattern.Pattern, subpattern, false, values);
        if (!ComparedValues.AnyMayBe(values, ConstantText.IsKnownCode, includeNegated: false))
        {
            return;
        }

        var matchedType = recursive.Type is { } typeSyntax
            ? context.SemanticModel.GetTypeInfo(typeSyntax, context.CancellationToken).Type
            : context.SemanticModel.GetTypeInfo(recursive, context.CancellationToken).ConvertedType;
        if (ResponseKind(types, matchedType) is not { } kind)
        {
            return;
        }

        var siblingStatus = SiblingStatus(clause, context.SemanticModel);
        ReportMismatches(
            context,
            values,
            kind,
            arrival => recursive.Type is { } type && AllArriveAs(values, arrival, context.SemanticModel, context.CancellationToken)
                ? RetypeFix(type, arrival)
                : ImmutableDictionary<string, string?>.Empty,
            (_, error) => siblingStatus != error.HttpStatusCode ? siblingStatus : null);
    }

    /// <summary>The SDK exception kind a code is tested on, when it is one that carries a KMS answer.</summary>
    private static ExceptionKind? ResponseKind(SdkExceptionTypes types, ITypeSymbol? type)
        => types.KindOf(type) is var kind && kind is ExceptionKind.ClientRequest or ExceptionKind.ServerResponse or ExceptionKind.ServiceResponse
            ? kind
            : null;

    /// <summary>
    /// Each known code tested on an exception of <paramref name="kind"/>: reported where it arrives as the other type
    /// (with the fix the site allows), or where the check pairs it with an HTTP status its catalog row contradicts.
    /// </summary>
    private static void ReportMismatches(
        NodeAnalysisContext context,
        List<ComparedValue> values,
        ExceptionKind kind,
        Func<ExceptionKind, ImmutableDictionary<string, string?>> wrongTypeFix,
        Func<ComparedValue, KmsError, int?> contradictedStatus)
    {
        foreach (var value in values)
        {
            if (value.Negated || !ConstantText.TryGetKnownCode(value.Value, context.SemanticModel, context.CancellationToken, out var error))
            {
                continue;
            }

            var arrival = SdkExceptionTypes.ArrivesAs(error.HttpStatusCode);
            if (kind != ExceptionKind.ServiceResponse && kind != arrival)
            {
                Report(context, value.Value, error, WrongTypeReason(kind, arrival), wrongTypeFix(arrival));
            }
            else if (contradictedStatus(value, error) is { } status)
            {
                Report(context, value.Value, error, StatusReason(status), ImmutableDictionary<string, string?>.Empty);
            }
        }
    }

    /// <summary>
    /// <c>catch (ServerResponseException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId)</c>: retype the catch,
    /// when the check is in its filter and every code the filter tests on that variable arrives as the new type.
    /// </summary>
    private static ImmutableDictionary<string, string?> CatchTypeFix(NodeAnalysisContext context, ExceptionMember member, ExceptionKind arrival)
    {
        if (member.Receiver is not IdentifierNameSyntax identifier
            || context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is not CatchDeclarationSyntax declaration
            || declaration.Parent is not CatchClauseSyntax { Filter: { } filter }
            || !filter.Span.Contains(member.Subject.Span))
        {
            return ImmutableDictionary<string, string?>.Empty;
        }

        var values = new List<ComparedValue>();
        foreach (var node in filter.FilterExpression.DescendantNodesAndSelf())
        {
            if (ExceptionMember.TryGet(node, out var read) && read.Name == WellKnownMemberNames.ErrorCode && read.Receiver is IdentifierNameSyntax { Identifier.ValueText: var name } && name == identifier.Identifier.ValueText)
            {
                ComparedValues.Collect(read.Subject, includeSearches: false, values);
            }
        }

        return AllArriveAs(values, arrival, context.SemanticModel, context.CancellationToken) ? RetypeFix(declaration.Type, arrival) : ImmutableDictionary<string, string?>.Empty;
    }

    private static bool AllArriveAs(List<ComparedValue> values, ExceptionKind arrival, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (var value in values)
        {
            if (ConstantText.TryGetKnownCode(value.Value, semanticModel, cancellationToken, out var error) && SdkExceptionTypes.ArrivesAs(error.HttpStatusCode) != arrival)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type written again with the other exception's name: <c>ServerResponseException</c> → <c>ClientRequestException</c>, qualification kept.</summary>
    private static ImmutableDictionary<string, string?> RetypeFix(TypeSyntax type, ExceptionKind arrival)
    {
        var written = type.ToString();
        var lastDot = written.LastIndexOf('.');
        var replacement = (lastDot < 0 ? string.Empty : written.Substring(0, lastDot + 1)) + SdkExceptionTypes.NameOf(arrival);
        return ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticPropertyNames.ReplaceSpan, SpanProperty.Format(type.Span))
            .Add(DiagnosticPropertyNames.Replacement, replacement);
    }

    /// <summary>An <c>HttpStatusCode == N</c> on the same receiver, anded with the check, where N is not the code's status.</summary>
    private static int? ContradictedStatus(SyntaxNode check, ExpressionSyntax receiver, int status)
    {
        var chain = check;
        while (chain.Parent is ParenthesizedExpressionSyntax || (chain.Parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.LogicalAndExpression)))
        {
            chain = chain.Parent;
        }

        return FindStatus(chain, receiver) is { } tested && tested != status ? tested : null;
    }

    private static int? FindStatus(SyntaxNode condition, ExpressionSyntax receiver)
    {
        switch (condition)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return FindStatus(parenthesized.Expression, receiver);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression):
                return FindStatus(binary.Left, receiver) ?? FindStatus(binary.Right, receiver);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression):
                return StatusOf(binary.Left, binary.Right, receiver) ?? StatusOf(binary.Right, binary.Left, receiver);
            default:
                return null;
        }
    }

    private static int? StatusOf(ExpressionSyntax member, ExpressionSyntax value, ExpressionSyntax receiver)
        => member is MemberAccessExpressionSyntax { Name.Identifier.ValueText: WellKnownMemberNames.HttpStatusCode } access
           && SyntaxFactory.AreEquivalent(access.Expression, receiver)
           && value is LiteralExpressionSyntax { Token.Value: int status }
            ? status
            : null;

    private static int? SiblingStatus(PropertyPatternClauseSyntax clause, SemanticModel semanticModel)
    {
        foreach (var sibling in clause.Subpatterns)
        {
            if (SyntaxNames.SubpatternName(sibling) == WellKnownMemberNames.HttpStatusCode
                && sibling.Pattern is ConstantPatternSyntax constant
                && semanticModel.GetConstantValue(constant.Expression) is { HasValue: true, Value: int status })
            {
                return status;
            }
        }

        return null;
    }

    private static string WrongTypeReason(ExceptionKind tested, ExceptionKind arrival)
        => "it arrives as " + SdkExceptionTypes.NameOf(arrival) + ", never as " + SdkExceptionTypes.NameOf(tested);

    private static string StatusReason(int status)
        => "the HttpStatusCode tested with it is " + status.ToString(CultureInfo.InvariantCulture);

    private static void Report(NodeAnalysisContext context, ExpressionSyntax value, KmsError error, string reason, ImmutableDictionary<string, string?> fix)
        => context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.GetLocation(),
            fix,
            error.Code,
            error.HttpStatusCode.ToString(CultureInfo.InvariantCulture),
            reason));
}
