using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// What KMS004 needs of one compilation: the JSON-name attributes and the SDK invokers' <c>WithRetry</c>, resolved at
/// its start. The SDK's request-body properties (V1 and V2 models) and their nested enum classes are known by name,
/// from tables built once per process, and asked of a symbol only when an assignment or creation is seen: a
/// compilation start that looked up every body type cost more than all the plain files it then saw.
/// </summary>
internal sealed class RequestParameterContext
{
    /// <summary>Body type name → property name → the row and where it is checked (<c>TagItem.Value@Tags|Tag</c>).</summary>
    private static readonly Dictionary<string, Dictionary<string, SdkPropertyName>> SdkPropertiesByType = IndexSdkProperties(out AnyBodyProperties, out EnumClassesByType);

    /// <summary>Property name → the row, for <c>*.KeyId</c>: any body of the model namespaces.</summary>
    private static readonly Dictionary<string, RequestParameter> AnyBodyProperties;

    /// <summary>Body type name → enum class name (<c>KeySpecEnum</c>) → the enumerated row.</summary>
    private static readonly Dictionary<string, Dictionary<string, RequestParameter>> EnumClassesByType;

    /// <summary>The model namespaces, innermost name first (<c>Model, V2, Kms, SDK, HuaweiCloud</c>).</summary>
    private static readonly string[][] ModelNamespaceNames = ReversedNames(WellKnownTypeNames.KmsModelNamespaces);

    private readonly HashSet<INamedTypeSymbol> jsonNameAttributes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> invokerTypes = new(SymbolEqualityComparer.Default);

    private RequestParameterContext(Compilation compilation)
    {
        WellKnownTypeNames.AddPresent(jsonNameAttributes, compilation, WellKnownTypeNames.JsonNameAttributes);
        WellKnownTypeNames.AddPresent(invokerTypes, compilation, WellKnownTypeNames.SdkInvokers);
    }

    public static RequestParameterContext Create(Compilation compilation) => new(compilation);

    /// <summary>
    /// The parameters a property assignment sets: an SDK body property's one row, or, for an anonymous member, a
    /// JSON-named property or a dictionary key, every row matched by that JSON name (alternatives: the value is
    /// reported only when all of them reject it).
    /// </summary>
    public IReadOnlyList<RequestParameter>? ParametersOf(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (property.IsIndexer)
        {
            return reference.Arguments.Length == 1 ? ParametersOfKey(reference.Arguments[0].Value) : null;
        }

        if (property.ContainingType.IsAnonymousType)
        {
            return ParametersOfJsonName(property.Name);
        }

        var type = property.ContainingType;
        if (SdkPropertiesByType.TryGetValue(type.Name, out var properties)
            && properties.TryGetValue(property.Name, out var sdkProperty)
            && IsInModelNamespace(type))
        {
            return sdkProperty.WrittenInside is not { } members || IsWrittenInside(reference.Syntax, members)
                ? sdkProperty.Parameter.AsList
                : null;
        }

        if (AnyBodyProperties.TryGetValue(property.Name, out var anyBodyParameter) && IsInModelNamespace(type))
        {
            return anyBodyParameter.AsList;
        }

        return jsonNameAttributes.Count > 0 ? ParametersOfJsonName(JsonNameOf(property)) : null;
    }

    /// <summary>The parameters a dictionary key names (<c>{ "pending_days", 3 }</c>, <c>["pending_days"] = 3</c>).</summary>
    /// <remarks>A literal key is read from its token: asking an operation for its constant allocates.</remarks>
    public static IReadOnlyList<RequestParameter>? ParametersOfKey(IOperation key)
        => ParametersOfJsonName(key.Syntax is LiteralExpressionSyntax literal ? literal.Token.ValueText
            : key.ConstantValue is { HasValue: true, Value: string name } ? name : null);

    /// <summary>The parameter whose SDK enum class <paramref name="type"/> is (<c>CreateKeyRequestBody.KeySpecEnum</c>).</summary>
    public static RequestParameter? ParameterOfEnumClass(INamedTypeSymbol type)
        => type.ContainingType is { } body
           && EnumClassesByType.TryGetValue(body.Name, out var enumClasses)
           && enumClasses.TryGetValue(type.Name, out var parameter)
           && IsInModelNamespace(body)
            ? parameter
            : null;

    /// <summary>Whether <paramref name="method"/> is the SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsWithRetry(IMethodSymbol method)
        => invokerTypes.Count > 0 && method.Name == WellKnownMemberNames.WithRetry && invokerTypes.Contains(method.ContainingType.OriginalDefinition);

    /// <summary>
    /// Whether the object whose property <paramref name="name"/> sets is written as the value of a member named one of
    /// <paramref name="members"/>, or as an element of the list that is (<c>Tags = new List&lt;TagItem&gt; { new TagItem {
    /// Value = … } }</c>, <c>body.Tags.Add(new TagItem { … })</c>): there a TagItem is a tag, elsewhere it may be a
    /// ListKmsByTags match.
    /// </summary>
    private static bool IsWrittenInside(SyntaxNode name, string[] members)
    {
        for (var node = name.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case AssignmentExpressionSyntax assignment when assignment.Left.Span.Contains(name.Span):
                    continue; // the property's own assignment: { Value = … }
                case AssignmentExpressionSyntax assignment:
                    return SyntaxNames.LastName(assignment.Left) is { } member && Array.IndexOf(members, member) >= 0;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add", Expression: var list } }:
                    return SyntaxNames.LastName(list) is { } listMember && Array.IndexOf(members, listMember) >= 0;
                case InitializerExpressionSyntax or BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax
                    or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax
                    or ArgumentSyntax or ArgumentListSyntax:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="type"/> is declared in <c>HuaweiCloud.SDK.Kms.V1.Model</c> or <c>.V2.Model</c>.</summary>
    private static bool IsInModelNamespace(INamedTypeSymbol type)
    {
        foreach (var names in ModelNamespaceNames)
        {
            var current = type.ContainingNamespace;
            var matched = true;
            foreach (var name in names)
            {
                if (current is null || current.Name != name)
                {
                    matched = false;
                    break;
                }

                current = current.ContainingNamespace;
            }

            if (matched && current is { IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] ReversedNames(string[] namespaces)
    {
        var reversed = new string[namespaces.Length][];
        for (var i = 0; i < namespaces.Length; i++)
        {
            reversed[i] = namespaces[i].Split('.');
            Array.Reverse(reversed[i]);
        }

        return reversed;
    }

    private static Dictionary<string, Dictionary<string, SdkPropertyName>> IndexSdkProperties(
        out Dictionary<string, RequestParameter> anyBody,
        out Dictionary<string, Dictionary<string, RequestParameter>> enumClasses)
    {
        var byType = new Dictionary<string, Dictionary<string, SdkPropertyName>>(StringComparer.Ordinal);
        anyBody = new Dictionary<string, RequestParameter>(StringComparer.Ordinal);
        enumClasses = new Dictionary<string, Dictionary<string, RequestParameter>>(StringComparer.Ordinal);
        foreach (var parameter in RequestParameters.All)
        {
            foreach (var sdkProperty in parameter.SdkPropertyNames)
            {
                if (sdkProperty.TypeName == RequestParameters.AnyBody)
                {
                    anyBody[sdkProperty.PropertyName] = parameter;
                    continue;
                }

                Inner(byType, sdkProperty.TypeName)[sdkProperty.PropertyName] = sdkProperty;

                if (sdkProperty.EnumClassName is { } enumClass)
                {
                    Inner(enumClasses, sdkProperty.TypeName)[enumClass] = parameter;
                }
            }
        }

        return byType;
    }

    private static Dictionary<string, TValue> Inner<TValue>(Dictionary<string, Dictionary<string, TValue>> outer, string key)
    {
        if (!outer.TryGetValue(key, out var inner))
        {
            outer.Add(key, inner = new Dictionary<string, TValue>(StringComparer.Ordinal));
        }

        return inner;
    }

    private static IReadOnlyList<RequestParameter>? ParametersOfJsonName(string? name)
        => name is not null && RequestParameters.ByJsonName.TryGetValue(name, out var parameters) ? parameters : null;

    private string? JsonNameOf(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass is null || !jsonNameAttributes.Contains(attribute.AttributeClass))
            {
                continue;
            }

            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == WellKnownMemberNames.JsonPropertyName && named.Value.Value is string propertyName)
                {
                    return propertyName;
                }
            }
        }

        return null;
    }
}
