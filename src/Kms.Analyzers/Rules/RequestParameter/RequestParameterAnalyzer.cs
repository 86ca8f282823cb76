using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// KMS004: a compile-time constant given to a KMS request parameter outside what the service documents: SDK
/// bodies, hand-built REST bodies, SDK enum classes built from a constant, <c>WithRetry</c>'s maxRetries.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RequestParameterAnalyzer : DiagnosticAnalyzer
{
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
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (compilation, options) =>
        {
            var parameters = RequestParameterContext.Create(compilation, options);
            var gate = KmsTreeGate.For(compilation);
            var nodes = new GatedNodeActions();
            // `??=` is the one compound assignment whose right-hand side is the value stored.
            nodes.Add(nodeContext => AnalyzeAssignment(nodeContext, parameters, gate), SyntaxKind.SimpleAssignmentExpression, SyntaxKind.CoalesceAssignmentExpression);
            nodes.Add(nodeContext => AnalyzeAnonymousObject(nodeContext, parameters), SyntaxKind.AnonymousObjectCreationExpression);
            nodes.Add(nodeContext => AnalyzeObjectInitializer(nodeContext, parameters, gate), SyntaxKind.ObjectInitializerExpression, SyntaxKind.WithInitializerExpression);
            nodes.Add(nodeContext => AnalyzeInvocation(nodeContext, parameters), SyntaxKind.InvocationExpression);
            nodes.Add(nodeContext => AnalyzeCollectionInitializer(nodeContext, parameters), SyntaxKind.CollectionInitializerExpression);
            nodes.Add(nodeContext => AnalyzeEnumClassCreation(nodeContext, parameters), SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
            return nodes;
        }));
    }

    /// <summary>
    /// <c>body.PendingDays = 3</c>, <c>{ PendingDays = 3 }</c>, <c>dictionary["pending_days"] = 3</c>, when the value
    /// may be constant and the name is a parameter's. Hand-built initializers are <see cref="AnalyzeObjectInitializer"/>'s.
    /// </summary>
    private static void AnalyzeAssignment(NodeAnalysisContext context, RequestParameterContext parameters, KmsTreeGate gate)
    {
        var assignmentSyntax = (AssignmentExpressionSyntax)context.Node;
        var left = assignmentSyntax.Left;
        if (ConstantParameterValue.MayBe(assignmentSyntax.Right)
            && (left is ElementAccessExpressionSyntax or ImplicitElementAccessSyntax
                || (SyntaxNames.LastName(left) is { } name && RequestParameterGate.IsRequestName(name, gate, context.CancellationToken)))
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
            && ConstantParameterValue.MayBe(assignment.Value))
        {
            if (RequestParameterContext.SdkParametersOf(property) is { } sdkParameter)
            {
                Check(context, parameters, sdkParameter, assignment.Value);
            }
            else if (assignmentSyntax.Parent is not InitializerExpressionSyntax
                     && parameters.HandBuiltNameOf(property) is { } jsonName && RequestOperations.IsCheckedName(jsonName))
            {
                CheckHeldMember(context, parameters, property.Instance, property.Property.IsIndexer, jsonName, assignment.Value);
            }
        }
    }

    /// <summary><c>new { pending_days = 3 }</c>: one object, whose members are checked once it is known to be a KMS body.</summary>
    private static void AnalyzeAnonymousObject(NodeAnalysisContext context, RequestParameterContext parameters)
    {
        var syntax = (AnonymousObjectCreationExpressionSyntax)context.Node;
        if (!HasCheckedMember(syntax)
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IAnonymousObjectCreationOperation creation)
        {
            return;
        }

        var members = new List<(string Name, IOperation Value)>();
        var names = new List<string>();
        foreach (var initializer in creation.Initializers)
        {
            if (initializer is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                names.Add(property.Property.Name);
                members.Add((property.Property.Name, assignment.Value));
            }
        }

        CheckBody(context, parameters, RequestBodyEvidence.Of(syntax, names, parameters, context.SemanticModel, context.CancellationToken), members);
    }

    /// <summary>Whether a member of <paramref name="syntax"/> has a name some body row checks and a value that may be a constant.</summary>
    private static bool HasCheckedMember(AnonymousObjectCreationExpressionSyntax syntax)
    {
        foreach (var member in syntax.Initializers)
        {
            if (ConstantParameterValue.MayBe(member.Expression)
                && RequestOperations.IsCheckedName(member.NameEquals?.Name.Identifier.ValueText ?? SyntaxNames.LastName(member.Expression)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>new Dictionary&lt;string, object&gt; { ["pending_days"] = 3 }</c>, <c>new JsonObject { … }</c>, <c>new MyBody {
    /// PendingDays = 3 }</c> with a JSON-named property, and <c>with { … }</c>: the hand-built members of one object.
    /// </summary>
    private static void AnalyzeObjectInitializer(NodeAnalysisContext context, RequestParameterContext parameters, KmsTreeGate gate)
    {
        var initializer = (InitializerExpressionSyntax)context.Node;
        if (!MayHoldHandBuiltMember(initializer, gate, context.CancellationToken)
            || initializer.Parent is not ExpressionSyntax objectSyntax
            || context.SemanticModel.GetOperation(initializer, context.CancellationToken) is not IObjectOrCollectionInitializerOperation operation)
        {
            return;
        }

        var members = new List<(string Name, IOperation Value)>();
        var names = new List<string>();
        var jsonNamedType = (ITypeSymbol?)null;
        foreach (var element in operation.Initializers)
        {
            if (element is IAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                && RequestParameterContext.SdkParametersOf(property) is null
                && parameters.HandBuiltNameOf(property) is { } name)
            {
                members.Add((name, assignment.Value));
                AddOnce(names, name);
                jsonNamedType ??= property.Property.IsIndexer ? null : property.Property.ContainingType;
            }
        }

        if (members.Count == 0)
        {
            return;
        }

        if (jsonNamedType is not null)
        {
            foreach (var name in parameters.JsonNamesOf(jsonNamedType))
            {
                AddOnce(names, name);
            }
        }

        AddHolderKeys(context, objectSyntax, names);
        CheckBody(context, parameters, RequestBodyEvidence.Of(objectSyntax, names, parameters, context.SemanticModel, context.CancellationToken), members);
    }

    private static bool MayHoldHandBuiltMember(InitializerExpressionSyntax initializer, KmsTreeGate gate, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var element in initializer.Expressions)
        {
            if (element is AssignmentExpressionSyntax assignment && ConstantParameterValue.MayBe(assignment.Right)
                && (assignment.Left is ImplicitElementAccessSyntax
                    || (SyntaxNames.LastName(assignment.Left) is { } name && RequestParameterGate.IsRequestName(name, gate, cancellationToken))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys a local the object is kept in is given afterwards (<c>body.Add("sequence", …)</c>).</summary>
    private static void AddHolderKeys(NodeAnalysisContext context, ExpressionSyntax objectSyntax, List<string> names)
    {
        if (objectSyntax.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            && context.SemanticModel.GetDeclaredSymbol(declarator, context.CancellationToken) is ILocalSymbol local
            && BodyFlow.ScopeOf(declarator) is { } scope)
        {
            HandBuiltNames.AddKeysOf(local, scope, context.SemanticModel, names, context.CancellationToken);
        }
    }

    /// <summary>
    /// A member set on an object kept in a local, followed from that local. An object a parameter or field
    /// holds came from elsewhere (options, an entity), so it is never taken for a body.
    /// </summary>
    private static void CheckHeldMember(NodeAnalysisContext context, RequestParameterContext parameters, IOperation? instance, bool isKey, string name, IOperation value)
    {
        if (instance is not ILocalReferenceOperation { Local: var holder } || BodyFlow.ScopeOf(context.Node) is not { } scope)
        {
            return;
        }

        var names = new List<string> { name };
        if (isKey)
        {
            HandBuiltNames.AddKeysOf(holder, scope, context.SemanticModel, names, context.CancellationToken);
        }
        else
        {
            foreach (var typeName in parameters.JsonNamesOf(instance!.Type!))
            {
                AddOnce(names, typeName);
            }
        }

        CheckBody(context, parameters, RequestBodyEvidence.OfLocal(holder, scope, names, parameters, context.SemanticModel, context.CancellationToken), new List<(string, IOperation)> { (name, value) });
    }

    private static void CheckBody(NodeAnalysisContext context, RequestParameterContext parameters, RequestBody? body, List<(string Name, IOperation Value)> members)
    {
        if (body is null)
        {
            return;
        }

        foreach (var (name, value) in members)
        {
            if (ConstantParameterValue.MayBe(value) && body.RowsOf(name) is { } rows)
            {
                Check(context, parameters, rows, value, operation: body.Operation);
            }
        }
    }

    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Contains(name))
        {
            names.Add(name);
        }
    }

    /// <summary><c>WithRetry(…, maxRetries, …)</c>, <c>dictionary.Add("pending_days", 3)</c>, <c>KeySpecEnum.FromValue("aes256")</c>.</summary>
    private static void AnalyzeInvocation(NodeAnalysisContext context, RequestParameterContext parameters)
    {
        if (SyntaxNames.LastName(((InvocationExpressionSyntax)context.Node).Expression) is WellKnownMemberNames.WithRetry or "Add" or WellKnownMemberNames.FromValue
            && context.SemanticModel.GetOperation(context.Node, context.CancellationToken) is IInvocationOperation invocation)
        {
            CheckInvocation(context, parameters, invocation);
        }
    }

    /// <summary><c>new CreateKeyRequestBody.KeySpecEnum("AES_512")</c>, and <c>new("AES_512")</c> where the type is an SDK enum class.</summary>
    private static void AnalyzeEnumClassCreation(NodeAnalysisContext context, RequestParameterContext parameters)
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
            Check(context, parameters, parameter.AsList, creationOperation.Arguments[0].Value, new SdkEnumClassUse(context.Node, type, isFromValue: false, context.SemanticModel));
        }
    }

    /// <summary>
    /// Whether <paramref name="creation"/> is in the declaration of the type it creates, as the SDK's enum classes
    /// declare their members: no use of a value, and costly to bind where the SDK is compiled from source.
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

    /// <summary><c>new Dictionary&lt;string, object&gt; { { "pending_days", 3 } }</c>: one object, given its keys by implicit <c>Add</c> calls.</summary>
    private static void AnalyzeCollectionInitializer(NodeAnalysisContext context, RequestParameterContext parameters)
    {
        var syntax = (InitializerExpressionSyntax)context.Node;
        if (!syntax.Expressions.Any(SyntaxKind.ComplexElementInitializerExpression)
            || syntax.Parent is not ExpressionSyntax objectSyntax
            || context.SemanticModel.GetOperation(syntax, context.CancellationToken) is not IObjectOrCollectionInitializerOperation initializer)
        {
            return;
        }

        var members = new List<(string Name, IOperation Value)>();
        var names = new List<string>();
        foreach (var element in initializer.Initializers)
        {
            if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                && ArgumentAt(add, 0) is { } key && RequestParameterContext.KeyOf(key) is { } name && ArgumentAt(add, 1) is { } value)
            {
                members.Add((name, value));
                AddOnce(names, name);
            }
        }

        if (members.Exists(static member => RequestOperations.IsCheckedName(member.Name)))
        {
            AddHolderKeys(context, objectSyntax, names);
            CheckBody(context, parameters, RequestBodyEvidence.Of(objectSyntax, names, parameters, context.SemanticModel, context.CancellationToken), members);
        }
    }

    private static void CheckInvocation(NodeAnalysisContext context, RequestParameterContext parameters, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (parameters.IsWithRetry(method))
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == RequestParameters.MaxRetries.Name)
                {
                    Check(context, parameters, RequestParameters.MaxRetries.AsList, argument.Value);
                }
            }
        }
        else if (method.Name == "Add" && invocation.Arguments.Length == 2 && !invocation.IsImplicit)
        {
            // dictionary.Add("pending_days", 3): a key of the object the receiver holds.
            if (ArgumentAt(invocation, 0) is { } key && RequestParameterContext.KeyOf(key) is { } name && RequestOperations.IsCheckedName(name)
                && ArgumentAt(invocation, 1) is { } value && ConstantParameterValue.MayBe(value))
            {
                CheckHeldMember(context, parameters, invocation.Instance, isKey: true, name, value);
            }
        }
        else if (method is { Name: WellKnownMemberNames.FromValue, IsStatic: true } && invocation.Arguments.Length == 1
                 && RequestParameterContext.ParameterOfEnumClass(method.ContainingType) is { } parameter)
        {
            Check(context, parameters, parameter.AsList, invocation.Arguments[0].Value, new SdkEnumClassUse(context.Node, method.ContainingType, isFromValue: true, context.SemanticModel));
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
    /// Reports a constant every alternative rejects (a body whose operation is not known may be several operations'),
    /// in the terms of the first.
    /// </summary>
    private static void Check(NodeAnalysisContext context, RequestParameterContext parameters, IReadOnlyList<RequestParameter> alternatives, IOperation valueOperation, SdkEnumClassUse? enumClass = null, RequestOperation? operation = null)
    {
        var parameter = alternatives[0];
        if (parameter.Constraint.Read(valueOperation) is not { } value
            || !parameter.Constraint.Judges(value)
            || parameter.Constraint.Judge(value, enumClass) is not { } verdict)
        {
            return;
        }

        // Another row accepts it only if it takes a value of that kind at all: a UUID marker does not make -5 acceptable.
        for (var i = 1; i < alternatives.Count; i++)
        {
            if (alternatives[i].Constraint.Judges(value) && alternatives[i].Constraint.Judge(value, enumClass) is null)
            {
                return;
            }
        }

        // Asked only for a value that breaks a limit: a team may live with a limit the service changed before this package.
        if (parameters.Lists.Contains(value.Carrier.Syntax.SyntaxTree, KmsOptions.UncheckedParameters, parameter.Name))
        {
            return;
        }

        Report(context, parameter, operation, value, verdict);
    }

    /// <summary>The message and the fix data, from the verdict.</summary>
    private static void Report(NodeAnalysisContext context, RequestParameter parameter, RequestOperation? operation, ConstantParameterValue value, ParameterVerdict verdict)
    {
        string outcome, reason;
        if (verdict.UnknownToFromValueOf is { } enumClass)
        {
            (outcome, reason) = ("is not a value " + enumClass + ".FromValue knows", ": it returns null, and the request goes without " + parameter.Name + ".");
        }
        else
        {
            (outcome, reason) = parameter.ErrorCode is not null && KmsErrorCatalog.TryGet(parameter.ErrorCode, out var error)
                ? ("is rejected by KMS with " + error.Code, parameter.QuotesCodeMessage ? ": " + error.Message : ".")
                : verdict.BelowMin ? ("disables the SDK's WithRetry", ": below 0 it makes one attempt and never retries.")
                : ("is rejected by the SDK's WithRetry", ": it throws ArgumentOutOfRangeException.");
        }

        var fix = ImmutableDictionary.CreateBuilder<string, string?>();
        if (verdict.Replacements.Count > 0)
        {
            fix.Add(DiagnosticPropertyNames.ValidLiteral, verdict.Replacements[0]);
            if (verdict.Replacements.Count > 1)
            {
                fix.Add(DiagnosticPropertyNames.OtherValidLiterals, string.Join("\n", verdict.Replacements.Skip(1)));
            }

            if (value.CarrierIsConstantReference)
            {
                fix.Add(DiagnosticPropertyNames.CarrierIsConstant, "true");
            }

            if (verdict.LimitsMember is { } limit)
            {
                fix.Add(DiagnosticPropertyNames.ValidLimitsMember, limit);
            }

            if (verdict.ReplaceSpan is { } span)
            {
                fix.Add(DiagnosticPropertyNames.ReplaceSpan, SpanProperty.Format(span));
            }
        }

        // A hand-built body's operation, where known, is named: its rows may differ from another's of the same name.
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            value.Carrier.Syntax.GetLocation(),
            fix.ToImmutable(),
            operation is null ? parameter.Name : operation.Name + ": " + parameter.Name,
            verdict.ShownValue,
            outcome,
            reason,
            verdict.Accepted ?? parameter.Constraint.Accepted));
    }
}
