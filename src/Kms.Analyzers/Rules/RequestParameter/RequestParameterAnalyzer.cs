using System.Collections.Generic;
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
/// JSON-named properties), the SDK's enum classes built from a constant (<c>new KeySpecEnum("AES_512")</c>,
/// <c>KeySpecEnum.FromValue("aes256")</c>) and the SDK invokers' <c>WithRetry</c> maxRetries.
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
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, _) =>
        {
            var parameters = RequestParameterContext.Create(compilation);
            var gate = KmsTreeGate.For(compilation);
            var nodes = new GatedNodeActions();
            // `??=` is the one compound assignment whose right-hand side is the value stored.
            nodes.Add(nodeContext => AnalyzeAssignment(nodeContext, parameters, gate), SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression);
            nodes.Add(nodeContext => AnalyzeAnonymousObject(nodeContext, parameters), SyntaxKind.AnonymousObjectCreationExpression);
            nodes.Add(nodeContext => AnalyzeInvocation(nodeContext, parameters), SyntaxKind.InvocationExpression);
            nodes.Add(nodeContext => AnalyzeCollectionInitializer(nodeContext, parameters), SyntaxKind.CollectionInitializerExpression);
            nodes.Add(AnalyzeEnumClassCreation, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            return nodes;
        }));
    }

    /// <summary>
    /// <c>body.PendingDays = 3</c>, <c>{ PendingDays = 3 }</c>, <c>["pending_days"] = 3</c>: asked of its operation only
    /// when the value may be a constant and the assigned name is one a parameter can have, or is an indexer's.
    /// </summary>
    private static void AnalyzeAssignment(TreeNodeContext context, RequestParameterContext parameters, KmsTreeGate gate)
    {
        var assignmentSyntax = (AssignmentExpressionSyntax)context.Node;
        var left = assignmentSyntax.Left;
        if (ConstantParameterValue.MayBe(assignmentSyntax.Right)
            && (left is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax
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
            && parameters.ParametersOf(property) is { } alternatives)
        {
            Check(context, alternatives, assignment.Value);
        }
    }

    /// <summary><c>WithRetry(…, maxRetries, …)</c>, <c>dictionary.Add("pending_days", 3)</c>, <c>KeySpecEnum.FromValue("aes256")</c>.</summary>
    private static void AnalyzeInvocation(TreeNodeContext context, RequestParameterContext parameters)
    {
        if (SyntaxNames.LastName(((InvocationExpressionSyntax)context.Node).Expression) is WellKnownMemberNames.WithRetry or "Add" or WellKnownMemberNames.FromValue
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IInvocationOperation invocation)
        {
            CheckInvocation(context, parameters, invocation);
        }
    }

    /// <summary><c>new CreateKeyRequestBody.KeySpecEnum("AES_512")</c>, and <c>new("AES_512")</c> where the type is an SDK enum class.</summary>
    private static void AnalyzeEnumClassCreation(TreeNodeContext context)
    {
        var arguments = context.Node switch
        {
            ObjectCreationExpressionSyntax creation when SyntaxNames.LastName(creation.Type) is { } name
                && name.EndsWith(WellKnownMemberNames.EnumClassSuffix, System.StringComparison.Ordinal)
                && !IsDeclaredIn(creation, name) => creation.ArgumentList,
            ImplicitObjectCreationExpressionSyntax creation when creation.Initializer is null => creation.ArgumentList,
            _ => null,
        };
        if (arguments is { Arguments.Count: 1 }
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IObjectCreationOperation { Constructor.ContainingType: { } type, Arguments.Length: 1 } creationOperation
            && RequestParameterContext.ParameterOfEnumClass(type) is { } parameter)
        {
            Check(context, parameter.AsList, creationOperation.Arguments[0].Value, new SdkEnumClassUse(context.Node, type, isFromValue: false));
        }
    }

    /// <summary>
    /// Whether <paramref name="creation"/> stands in the declaration of the type it creates: the SDK's enum classes
    /// declare their members so (<c>static readonly KeySpecEnum AES_256 = new KeySpecEnum("AES_256")</c>), which is no
    /// use of a value, and binding every one of them would cost a project that compiles the SDK from source.
    /// </summary>
    private static bool IsDeclaredIn(ObjectCreationExpressionSyntax creation, string typeName)
    {
        for (var node = creation.Parent; node is not null; node = node.Parent)
        {
            if (node is TypeDeclarationSyntax type)
            {
                return type.Identifier.ValueText == typeName;
            }
        }

        return false;
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
                    Check(context, RequestParameters.MaxRetries.AsList, argument.Value);
                }
            }
        }
        else if (method.Name == "Add" && invocation.Arguments.Length == 2)
        {
            // dictionary.Add("pending_days", 3), and { "pending_days", 3 } in a collection initializer.
            var key = ArgumentAt(invocation, 0);
            var value = ArgumentAt(invocation, 1);
            if (key is not null && value is not null && RequestParameterContext.ParametersOfKey(key) is { } alternatives)
            {
                Check(context, alternatives, value);
            }
        }
        else if (method is { Name: WellKnownMemberNames.FromValue, IsStatic: true } && invocation.Arguments.Length == 1
                 && RequestParameterContext.ParameterOfEnumClass(method.ContainingType) is { } parameter)
        {
            Check(context, parameter.AsList, invocation.Arguments[0].Value, new SdkEnumClassUse(context.Node, method.ContainingType, isFromValue: true));
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

    /// <summary>
    /// Reports a constant every alternative rejects (a name matched in a hand-built body may be several operations'
    /// parameter: <c>key_spec</c> of CreateKey or of ListKeys), in the terms of the first.
    /// </summary>
    private static void Check(TreeNodeContext context, IReadOnlyList<RequestParameter> alternatives, IOperation valueOperation, SdkEnumClassUse? enumClass = null)
    {
        var parameter = alternatives[0];
        var value = parameter.Constraint is ItemCountConstraint ? ConstantParameterValue.CountElements(valueOperation) : ConstantParameterValue.From(valueOperation);
        if (value is null)
        {
            return;
        }

        if (!Rejects(parameter.Constraint, value, enumClass))
        {
            return;
        }

        // Another operation's parameter of the same name accepts it only if it takes a value of that kind at all:
        // a key policy's UUID marker does not make marker = -5 acceptable.
        for (var i = 1; i < alternatives.Count; i++)
        {
            if (Judges(alternatives[i].Constraint, value) && !Rejects(alternatives[i].Constraint, value, enumClass))
            {
                return;
            }
        }

        switch (parameter.Constraint)
        {
            case IntegerConstraint integers:
                ReportInteger(context, parameter, integers, value);
                break;

            case EnumConstraint values:
                ReportEnum(context, parameter, values, value, enumClass);
                break;

            case ItemCountConstraint:
                Report(context, parameter, value, "a list of " + value.Integer.ToString(CultureInfo.InvariantCulture) + " elements", ImmutableDictionary<string, string?>.Empty);
                break;

            case OperationsConstraint:
                Report(context, parameter, value, List(value), ImmutableDictionary<string, string?>.Empty);
                break;

            default:
                Report(context, parameter, value, Quote(value.Text), ImmutableDictionary<string, string?>.Empty);
                break;
        }
    }

    private static bool Rejects(ParameterConstraint constraint, ConstantParameterValue value, SdkEnumClassUse? enumClass)
    {
        switch (constraint)
        {
            case IntegerConstraint integers when value.Kind == ConstantKind.Integer:
                return !integers.IsValid(value.Integer);
            case IntegerConstraint integers when value.Kind == ConstantKind.Text:
                return !long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                       || !integers.IsValid(number)
                       || !integers.IsWrittenAsAccepted(value.Text, number);
            case TextConstraint texts when value.Kind == ConstantKind.Text:
                return !texts.IsValid(value.Text);
            case EnumConstraint values when EnumText(value) is { } text:
                // FromValue knows only the values its class has a member for: for any other it returns null.
                return !values.IsValid(text) || (enumClass is { IsFromValue: true } && enumClass.MemberFor(text) is null);
            case ItemCountConstraint items when value.Kind == ConstantKind.ElementCount:
                return !items.IsValid((int)value.Integer);
            case OperationsConstraint operations when value.Kind == ConstantKind.TextList:
                return !operations.IsValid(value.Items);
            default:
                return false;
        }
    }

    /// <summary>Whether <paramref name="constraint"/> says anything of a value of this kind (a text constraint of a number: no).</summary>
    private static bool Judges(ParameterConstraint constraint, ConstantParameterValue value)
        => constraint switch
        {
            IntegerConstraint => value.Kind is ConstantKind.Integer or ConstantKind.Text,
            TextConstraint => value.Kind == ConstantKind.Text,
            EnumConstraint => EnumText(value) is not null,
            ItemCountConstraint => value.Kind == ConstantKind.ElementCount,
            OperationsConstraint => value.Kind == ConstantKind.TextList,
            _ => false,
        };

    /// <summary>The value an enum parameter compares: a string, or a number as the SDK's numeric enum classes hold it.</summary>
    private static string? EnumText(ConstantParameterValue value)
        => value.Kind == ConstantKind.Text ? value.Text
            : value.Kind == ConstantKind.Integer ? value.Integer.ToString(CultureInfo.InvariantCulture)
            : null;

    private static void ReportInteger(TreeNodeContext context, RequestParameter parameter, IntegerConstraint constraint, ConstantParameterValue value)
    {
        var carriesText = value.Kind == ConstantKind.Text;
        long number = value.Integer;
        if (carriesText && !long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            Report(context, parameter, value, Quote(value.Text), ImmutableDictionary<string, string?>.Empty);
            return;
        }

        var nearest = constraint.IsValid(number) ? number : constraint.Nearest(number);
        var nearestText = nearest.ToString(CultureInfo.InvariantCulture);
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

    /// <summary>
    /// The nearest documented values as literals of the carrier's form; for an SDK enum class, its static members
    /// (<c>CreateKeyRequestBody.KeySpecEnum.AES_256</c>) in place of the whole creation or lookup. Either way the best
    /// is keyed as every other nearest value, so that Fix All and <c>dotnet format</c> take it.
    /// </summary>
    private static void ReportEnum(TreeNodeContext context, RequestParameter parameter, EnumConstraint constraint, ConstantParameterValue value, SdkEnumClassUse? enumClass)
    {
        var text = EnumText(value)!;
        var nearestValues = constraint.Nearest(text);
        var suggestions = new List<string>();
        var replacesWholeExpression = false;
        // The class's static members, in place of the whole creation or lookup, unless the best value has none and
        // the constructor can take it as written; FromValue only ever gives a member.
        if (enumClass is not null && (enumClass.IsFromValue || (nearestValues.Count > 0 && enumClass.MemberFor(nearestValues[0]) is not null)))
        {
            var typeName = enumClass.Type.ToMinimalDisplayString(context.SemanticModel, enumClass.Node.SpanStart);
            foreach (var nearest in nearestValues)
            {
                if (enumClass.MemberFor(nearest) is { } member)
                {
                    suggestions.Add(typeName + "." + member);
                }
            }

            replacesWholeExpression = suggestions.Count > 0;
        }

        if (suggestions.Count == 0 && enumClass is not { IsFromValue: true })
        {
            foreach (var nearest in nearestValues)
            {
                suggestions.Add(value.Kind == ConstantKind.Text ? "\"" + nearest + "\"" : nearest);
            }
        }

        var fix = ImmutableDictionary.CreateBuilder<string, string?>();
        if (suggestions.Count > 0)
        {
            fix.Add(DiagnosticPropertyNames.ValidLiteral, suggestions[0]);
            if (suggestions.Count > 1)
            {
                fix.Add(DiagnosticPropertyNames.OtherValidLiterals, string.Join("\n", suggestions.GetRange(1, suggestions.Count - 1)));
            }

            if (value.CarrierIsConstantReference)
            {
                fix.Add(DiagnosticPropertyNames.CarrierIsConstant, "true");
            }

            if (replacesWholeExpression)
            {
                fix.Add(DiagnosticPropertyNames.ReplaceSpan, SpanProperty.Format(enumClass!.Node.Span));
            }
        }

        var shown = value.Kind == ConstantKind.Text ? Quote(text) : text;
        if (enumClass is { IsFromValue: true })
        {
            var known = new List<string>();
            foreach (var accepted in constraint.Values)
            {
                if (enumClass.MemberFor(accepted) is not null)
                {
                    known.Add(accepted);
                }
            }

            Report(
                context,
                parameter,
                value,
                shown,
                fix.ToImmutable(),
                outcome: "is not a value " + enumClass.Type.Name + ".FromValue knows",
                reason: ": it returns null, and the request goes without " + parameter.Name + ".",
                accepted: "one of " + string.Join(", ", known));
        }
        else
        {
            Report(context, parameter, value, shown, fix.ToImmutable());
        }
    }

    private static void Report(TreeNodeContext context, RequestParameter parameter, ConstantParameterValue value, string shownValue, ImmutableDictionary<string, string?> fix, bool belowMin = false, string? outcome = null, string? reason = null, string? accepted = null)
    {
        // Asked only for a value that breaks a limit: a team may live with a limit the service changed before this package.
        if (new ConfiguredCodeLists(context.Options).Contains(value.Carrier.Syntax.SyntaxTree, KmsOptions.UncheckedParameters, parameter.Name))
        {
            return;
        }

        if (outcome is null)
        {
            (outcome, reason) = parameter.ErrorCode is not null && KmsErrorCatalog.TryGet(parameter.ErrorCode, out var error)
                ? ("is rejected by KMS with " + error.Code, parameter.QuotesCodeMessage ? ": " + error.Message : ".")
                : belowMin ? ("disables the SDK's WithRetry", ": below 0 it makes one attempt and never retries.")
                : ("is rejected by the SDK's WithRetry", ": it throws ArgumentOutOfRangeException.");
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.Carrier.Syntax.GetLocation(),
            fix,
            parameter.Name,
            shownValue,
            outcome,
            reason,
            accepted ?? parameter.Constraint.Accepted));
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
