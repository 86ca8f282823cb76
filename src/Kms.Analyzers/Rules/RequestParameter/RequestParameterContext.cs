using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// What KMS004 needs of one compilation, resolved for the first admitted file: JSON-name attributes, JSON
/// converters, HTTP senders and the SDK's invokers. SDK body properties are known by name, from static tables.
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
    private readonly SdkContext sdk;
    private readonly HashSet<INamedTypeSymbol> jsonConverters = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> httpSenders = new(SymbolEqualityComparer.Default);

    private RequestParameterContext(Compilation compilation, AnalyzerOptions options)
    {
        Lists = new ConfiguredCodeLists(options);
        WellKnownTypeNames.AddPresent(jsonNameAttributes, compilation, WellKnownTypeNames.JsonNameAttributes);
        sdk = SdkContext.For(compilation);
        WellKnownTypeNames.AddPresent(jsonConverters, compilation, WellKnownTypeNames.JsonConverters);
        WellKnownTypeNames.AddPresent(httpSenders, compilation, WellKnownTypeNames.HttpSenders);
    }

    public static RequestParameterContext Create(Compilation compilation, AnalyzerOptions options) => new(compilation, options);

    /// <summary>The option lists (<c>unchecked_parameters</c>), parsed once per value for the compilation.</summary>
    public ConfiguredCodeLists Lists { get; }

    /// <summary>
    /// The row an SDK property assignment sets (a V1 or V2 body's property, or any body's <c>KeyId</c>), as a list of one;
    /// null for any other property.
    /// </summary>
    public static IReadOnlyList<RequestParameter>? SdkParametersOf(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        var type = property.ContainingType;
        if (property.IsIndexer || type.IsAnonymousType)
        {
            return null;
        }

        if (SdkPropertiesByType.TryGetValue(type.Name, out var properties)
            && properties.TryGetValue(property.Name, out var sdkProperty)
            && IsInModelNamespace(type))
        {
            return sdkProperty.WrittenInside is not { } members || IsWrittenInside(reference.Syntax, members)
                ? sdkProperty.Parameter.AsList
                : null;
        }

        return AnyBodyProperties.TryGetValue(property.Name, out var anyBodyParameter) && IsInModelNamespace(type)
            ? anyBodyParameter.AsList
            : null;
    }

    /// <summary>
    /// The JSON name a hand-built member sets: a dictionary or JSON object key (<c>["pending_days"] = 3</c>), or the name
    /// a property of the user's own type is given by <c>[JsonPropertyName]</c> or <c>[JsonProperty]</c>; null otherwise.
    /// </summary>
    public string? HandBuiltNameOf(IPropertyReferenceOperation reference)
        => reference.Property.IsIndexer ? (reference.Arguments.Length == 1 ? KeyOf(reference.Arguments[0].Value) : null)
            : jsonNameAttributes.Count > 0 && !reference.Property.ContainingType.IsAnonymousType ? JsonNameOf(reference.Property)
            : null;

    /// <summary>The JSON names of a type's properties that carry one (its own and its base types').</summary>
    public List<string> JsonNamesOf(ITypeSymbol type)
    {
        var names = new List<string>();
        for (var current = type; current is not null && jsonNameAttributes.Count > 0; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol property && JsonNameOf(property) is { } name && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>A dictionary key's text (<c>{ "pending_days", 3 }</c>, <c>["pending_days"] = 3</c>).</summary>
    /// <remarks>A literal key is read from its token: asking an operation for its constant allocates.</remarks>
    public static string? KeyOf(IOperation key)
        => key.Syntax is LiteralExpressionSyntax literal ? literal.Token.ValueText
            : key.ConstantValue is { HasValue: true, Value: string name } ? name : null;

    /// <summary>Whether <paramref name="type"/> turns an object into JSON or request content.</summary>
    public bool IsJsonConverter(INamedTypeSymbol? type) => type is not null && jsonConverters.Contains(type.OriginalDefinition);

    /// <summary>Whether <paramref name="type"/> sends a request (<c>HttpClient</c>, its JSON extensions, <c>HttpRequestMessage</c>).</summary>
    public bool IsHttpSender(INamedTypeSymbol? type) => type is not null && httpSenders.Contains(type.OriginalDefinition);

    /// <summary>The parameter whose SDK enum class <paramref name="type"/> is (<c>CreateKeyRequestBody.KeySpecEnum</c>).</summary>
    public static RequestParameter? ParameterOfEnumClass(INamedTypeSymbol type)
        => type.ContainingType is { } body
           && EnumClassesByType.TryGetValue(body.Name, out var enumClasses)
           && enumClasses.TryGetValue(type.Name, out var parameter)
           && IsInModelNamespace(body)
            ? parameter
            : null;

    /// <summary>Whether <paramref name="method"/> is the SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsWithRetry(IMethodSymbol method) => sdk.IsWithRetry(method);

    /// <summary>
    /// Whether the object <paramref name="name"/> belongs to is written as (an element of) a member named in
    /// <paramref name="members"/>: there a TagItem is a tag, elsewhere it may be a ListKmsByTags match.
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
