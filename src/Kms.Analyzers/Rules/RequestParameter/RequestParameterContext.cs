using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// What KMS004 needs of one compilation, resolved once at its start: the SDK's request-body properties
/// (V1 and V2 models) and their nested enum classes, the JSON-name attributes, and the SDK invokers' <c>WithRetry</c>.
/// </summary>
internal sealed class RequestParameterContext
{
    private static readonly Dictionary<string, List<RequestParameter>> ParametersByJsonName = IndexByJsonName();

    private readonly Dictionary<IPropertySymbol, RequestParameter> sdkProperties = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, RequestParameter> sdkEnumClasses = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IPropertySymbol, string[]> writtenInside = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<string, RequestParameter> anyBodyProperties = new(StringComparer.Ordinal);
    private readonly HashSet<INamespaceSymbol> modelNamespaces = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> jsonNameAttributes = new(SymbolEqualityComparer.Default);
    private readonly HashSet<INamedTypeSymbol> invokerTypes = new(SymbolEqualityComparer.Default);

    private RequestParameterContext(Compilation compilation)
    {
        foreach (var modelNamespace in WellKnownTypeNames.KmsModelNamespaces)
        {
            foreach (var parameter in RequestParameters.All)
            {
                foreach (var sdkProperty in parameter.SdkPropertyNames)
                {
                    var typeName = sdkProperty.TypeName;
                    var propertyName = sdkProperty.PropertyName;
                    if (typeName == RequestParameters.AnyBody)
                    {
                        anyBodyProperties[propertyName] = parameter;
                    }
                    else if (compilation.GetTypeByMetadataName(modelNamespace + "." + typeName) is { } type)
                    {
                        modelNamespaces.Add(type.ContainingNamespace);
                        foreach (var member in type.GetMembers(propertyName))
                        {
                            if (member is IPropertySymbol property)
                            {
                                sdkProperties[property] = parameter;
                                if (sdkProperty.WrittenInside is { } members)
                                {
                                    writtenInside[property] = members;
                                }

                                // CreateKeyRequestBody.KeySpec is a CreateKeyRequestBody.KeySpecEnum, built from a string.
                                if (parameter.Constraint is EnumConstraint && property.Type is INamedTypeSymbol enumClass
                                    && SymbolEqualityComparer.Default.Equals(enumClass.ContainingType, type))
                                {
                                    sdkEnumClasses[enumClass] = parameter;
                                }
                            }
                        }
                    }
                }
            }
        }

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

        if (sdkProperties.Count > 0 && sdkProperties.TryGetValue(property.OriginalDefinition, out var sdkParameter))
        {
            return writtenInside.Count == 0 || !writtenInside.TryGetValue(property.OriginalDefinition, out var members) || IsWrittenInside(reference.Syntax, members)
                ? sdkParameter.AsList
                : null;
        }

        if (modelNamespaces.Count > 0
            && anyBodyProperties.TryGetValue(property.Name, out var anyBodyParameter)
            && modelNamespaces.Contains(property.ContainingType.ContainingNamespace))
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
    public RequestParameter? ParameterOfEnumClass(INamedTypeSymbol type)
        => sdkEnumClasses.Count > 0 && sdkEnumClasses.TryGetValue(type.OriginalDefinition, out var parameter) ? parameter : null;

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

    private static IReadOnlyList<RequestParameter>? ParametersOfJsonName(string? name)
        => name is not null && ParametersByJsonName.TryGetValue(name, out var parameters) ? parameters : null;

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

    private static Dictionary<string, List<RequestParameter>> IndexByJsonName()
    {
        var index = new Dictionary<string, List<RequestParameter>>(StringComparer.Ordinal);
        foreach (var parameter in RequestParameters.All)
        {
            if (parameter.MatchedByJsonName)
            {
                if (!index.TryGetValue(parameter.Name, out var rows))
                {
                    index.Add(parameter.Name, rows = new List<RequestParameter>());
                }

                rows.Add(parameter);
            }
        }

        return index;
    }
}
