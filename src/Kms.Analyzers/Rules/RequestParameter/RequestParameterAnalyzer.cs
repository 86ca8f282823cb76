using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// KMS004: a compile-time constant given to a KMS request parameter outside what the service documents:
/// SDK request-body properties (V1, V2), hand-built REST bodies (anonymous members, dictionary keys,
/// JSON-named properties) and the SDK invokers' <c>WithRetry</c> maxRetries.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestParameterAnalyzer : DiagnosticAnalyzer
{
    private const int ShownTextLength = 40;

    public static readonly DiagnosticDescriptor Rule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.RequestParameter,
        title: "KMS request parameter out of documented range",
        messageFormat: "{0} = {1} {2}{3} Accepted: {4}",
        RuleCategories.Reliability,
        description: "KMS documents the values it accepts for these request parameters and rejects others with an error code; the SDK's WithRetry throws for maxRetries above 10 and never retries below 0. A constant outside those limits fails, or does not do what it says, every time it runs.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart =>
        {
            var parameters = RequestParameterContext.Create(compilationStart.Compilation);
            var gate = KmsTreeGate.For(compilationStart.Compilation);
            var nodes = new GatedNodeActions();
            // `??=` is the one compound assignment whose right-hand side is the value stored.
            nodes.Add(nodeContext => AnalyzeAssignment(nodeContext, parameters, gate), SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression);
            nodes.Add(nodeContext => AnalyzeAnonymousObject(nodeContext, parameters), SyntaxKind.AnonymousObjectCreationExpression);
            nodes.Add(nodeContext => AnalyzeInvocation(nodeContext, parameters), SyntaxKind.InvocationExpression);
            nodes.Add(nodeContext => AnalyzeCollectionInitializer(nodeContext, parameters), SyntaxKind.CollectionInitializerExpression);
            nodes.Register(compilationStart);
        });
    }

    /// <summary>
    /// <c>body.PendingDays = 3</c>, <c>{ PendingDays = 3 }</c>, <c>["pending_days"] = 3</c>: asked of its operation only
    /// when the assigned name is one a parameter can have, or is an indexer's.
    /// </summary>
    private static void AnalyzeAssignment(TreeNodeContext context, RequestParameterContext parameters, KmsTreeGate gate)
    {
        var left = ((AssignmentExpressionSyntax)context.Node).Left;
        if ((left is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax
                || (SyntaxNames.LastName(left) is { } name && gate.IsRequestName(name, context.CancellationToken)))
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IAssignmentOperation assignment)
        {
            CheckAssignment(context, parameters, assignment);
        }
    }

    /// <summary><c>new { pending_days = 3 }</c>: each member is an assignment of the anonymous type's property.</summary>
    private static void AnalyzeAnonymousObject(TreeNodeContext context, RequestParameterContext parameters)
    {
        if (context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IAnonymousObjectCreationOperation creation)
        {
            foreach (var initializer in creation.Initializers)
            {
                if (initializer is IAssignmentOperation assignment)
                {
                    CheckAssignment(context, parameters, assignment);
                }
            }
        }
    }

    private static void CheckAssignment(TreeNodeContext context, RequestParameterContext parameters, IAssignmentOperation assignment)
    {
        if (assignment.Target is IPropertyReferenceOperation property
            && ConstantParameterValue.MayBe(assignment.Value)
            && parameters.ParameterOf(property) is { } parameter)
        {
            Check(context, parameter, assignment.Value);
        }
    }

    /// <summary><c>WithRetry(…, maxRetries, …)</c> and <c>dictionary.Add("pending_days", 3)</c>.</summary>
    private static void AnalyzeInvocation(TreeNodeContext context, RequestParameterContext parameters)
    {
        if (SyntaxNames.LastName(((InvocationExpressionSyntax)context.Node).Expression) is WellKnownMemberNames.WithRetry or "Add"
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IInvocationOperation invocation)
        {
            CheckInvocation(context, parameters, invocation);
        }
    }

    /// <summary><c>{ { "pending_days", 3 } }</c>: each element with two values is an implicit call of <c>Add</c>.</summary>
    private static void AnalyzeCollectionInitializer(TreeNodeContext context, RequestParameterContext parameters)
    {
        if (((InitializerExpressionSyntax)context.Node).Expressions.Any(SyntaxKind.ComplexElementInitializerExpression)
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IObjectOrCollectionInitializerOperation initializer)
        {
            foreach (var element in initializer.Initializers)
            {
                if (element is IInvocationOperation invocation)
                {
                    CheckInvocation(context, parameters, invocation);
                }
            }
        }
    }

    private static void CheckInvocation(TreeNodeContext context, RequestParameterContext parameters, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (parameters.IsWithRetry(method))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == RequestParameters.MaxRetries.Name)
                {
                    Check(context, RequestParameters.MaxRetries, argument.Value);
                }
            }
        }
        else if (method.Name == "Add" && invocation.Arguments.Length == 2)
        {
            // dictionary.Add("pending_days", 3), and { "pending_days", 3 } in a collection initializer.
            var key = ArgumentAt(invocation, 0);
            var value = ArgumentAt(invocation, 1);
            if (key is not null && value is not null && RequestParameterContext.ParameterOfKey(key) is { } parameter)
            {
                Check(context, parameter, value);
            }
        }
    }

    private static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static void Check(TreeNodeContext context, RequestParameter parameter, IOperation valueOperation)
    {
        if (ConstantParameterValue.From(valueOperation) is not { } value)
        {
            return;
        }

        switch (parameter.Constraint)
        {
            case IntegerConstraint integers:
                CheckInteger(context, parameter, integers, value);
                break;

            case TextConstraint texts when value.Kind == ConstantKind.Text && !texts.IsValid(value.Text):
                Report(context, parameter, value, Quote(value.Text), ImmutableDictionary<string, string?>.Empty);
                break;

            case OperationsConstraint operations when value.Kind == ConstantKind.TextList && !operations.IsValid(value.Items):
                Report(context, parameter, value, List(value), ImmutableDictionary<string, string?>.Empty);
                break;
        }
    }

    private static void CheckInteger(TreeNodeContext context, RequestParameter parameter, IntegerConstraint constraint, ConstantParameterValue value)
    {
        long number;
        if (value.Kind == ConstantKind.Integer)
        {
            number = value.Integer;
        }
        else if (value.Kind == ConstantKind.Text)
        {
            if (!long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            {
                Report(context, parameter, value, Quote(value.Text), ImmutableDictionary<string, string?>.Empty);
                return;
            }
        }
        else
        {
            return;
        }

        if (constraint.IsValid(number) && (value.Kind != ConstantKind.Text || constraint.IsWrittenAsAccepted(value.Text, number)))
        {
            return;
        }

        var nearest = constraint.IsValid(number) ? number : constraint.Nearest(number);
        var nearestText = nearest.ToString(CultureInfo.InvariantCulture);
        var carriesText = value.Kind == ConstantKind.Text;
        var fix = ImmutableDictionary.CreateBuilder<string, string?>();
        fix.Add(DiagnosticPropertyNames.ValidLiteral, carriesText ? "\"" + nearestText + "\""
            : value.Carrier.Type?.SpecialType == SpecialType.System_Int64 ? nearestText + "L"
            : nearestText);
        if (value.CarrierIsConstantReference)
        {
            fix.Add(DiagnosticPropertyNames.CarrierIsConstant, "true");
        }

        if (constraint.LimitsConstantFor(nearest) is { } limit && (!carriesText || value.CarrierIsConstantReference))
        {
            fix.Add(DiagnosticPropertyNames.ValidLimitsMember, carriesText ? limit + ".ToString(System.Globalization.CultureInfo.InvariantCulture)" : limit);
        }

        // "03" for a value written as plain digits: quoted, so the leading zero or sign shows.
        var shown = !carriesText ? number.ToString(CultureInfo.InvariantCulture) : nearest == number ? Quote(value.Text) : value.Text;
        Report(context, parameter, value, shown, fix.ToImmutable(), belowMin: number < constraint.Min);
    }

    private static void Report(TreeNodeContext context, RequestParameter parameter, ConstantParameterValue value, string shownValue, ImmutableDictionary<string, string?> fix, bool belowMin = false)
    {
        // Asked only for a value that breaks a limit: a team may live with a limit the service changed before this package.
        if (new ConfiguredCodeLists(context.Options).Contains(value.Carrier.Syntax.SyntaxTree, KmsOptions.UncheckedParameters, parameter.Name))
        {
            return;
        }

        string outcome;
        string reason;
        if (parameter.ErrorCode is not null && KmsErrorCatalog.TryGet(parameter.ErrorCode, out var error))
        {
            outcome = "is rejected by KMS with " + error.Code;
            reason = parameter.QuotesCodeMessage ? ": " + error.Message : ".";
        }
        else if (belowMin)
        {
            outcome = "disables the SDK's WithRetry";
            reason = ": below 0 it makes one attempt and never retries.";
        }
        else
        {
            outcome = "is rejected by the SDK's WithRetry";
            reason = ": it throws ArgumentOutOfRangeException.";
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.Carrier.Syntax.GetLocation(),
            fix,
            parameter.Name,
            shownValue,
            outcome,
            reason,
            parameter.Constraint.Accepted));
    }

    private static string Quote(string text)
        => text.Length <= ShownTextLength
            ? "\"" + text + "\""
            : "\"" + text.Substring(0, ShownTextLength) + "...\" (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)";

    private static string List(ConstantParameterValue value)
    {
        var shown = new StringBuilder("[");
        for (var i = 0; i < value.Items.Count; i++)
        {
            shown.Append(i == 0 ? "\"" : ", \"").Append(value.Items[i]).Append('"');
        }

        return shown.Append(']').ToString();
    }
}
