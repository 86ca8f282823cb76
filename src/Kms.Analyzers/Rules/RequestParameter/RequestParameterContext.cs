using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Kms.Analyzers;

/// <summary>
/// What KMS004 needs of one compilation, resolved once at its start: the SDK's request-body properties
/// (V1 and V2 models), the JSON-name attributes, and the SDK invokers' <c>WithRetry</c>.
/// </summary>
internal sealed class RequestParameterContext
{
    private static readonly Dictionary<string, RequestParameter> ParametersByJsonName = IndexByJsonName();

    private readonly Dictionary<IPropertySymbol, RequestParameter> sdkProperties = new(SymbolEqualityComparer.Default);
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
                foreach (var sdkProperty in parameter.SdkProperties)
                {
                    var dot = sdkProperty.IndexOf('.');
                    var typeName = sdkProperty.Substring(0, dot);
                    var propertyName = sdkProperty.Substring(dot + 1);
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

    /// <summary>The parameter a property assignment sets: SDK body property, anonymous member, JSON-named property or dictionary key.</summary>
    public RequestParameter? ParameterOf(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (property.IsIndexer)
        {
            return reference.Arguments.Length == 1 ? ParameterOfKey(reference.Arguments[0].Value) : null;
        }

        if (property.ContainingType.IsAnonymousType)
        {
            return ParameterOfJsonName(property.Name);
        }

        if (sdkProperties.Count > 0 && sdkProperties.TryGetValue(property.OriginalDefinition, out var sdkParameter))
        {
            return sdkParameter;
        }

        if (modelNamespaces.Count > 0
            && anyBodyProperties.TryGetValue(property.Name, out var anyBodyParameter)
            && modelNamespaces.Contains(property.ContainingType.ContainingNamespace))
        {
            return anyBodyParameter;
        }

        return jsonNameAttributes.Count > 0 ? ParameterOfJsonName(JsonNameOf(property)) : null;
    }

    /// <summary>The parameter a dictionary key names (<c>{ "pending_days", 3 }</c>, <c>["pending_days"] = 3</c>).</summary>
    /// <remarks>A literal key is read from its token: asking an operation for its constant allocates.</remarks>
    public static RequestParameter? ParameterOfKey(IOperation key)
        => ParameterOfJsonName(key.Syntax is LiteralExpressionSyntax literal ? literal.Token.ValueText
            : key.ConstantValue is { HasValue: true, Value: string name } ? name : null);

    /// <summary>Whether <paramref name="method"/> is the SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsWithRetry(IMethodSymbol method)
        => invokerTypes.Count > 0 && method.Name == WellKnownMemberNames.WithRetry && invokerTypes.Contains(method.ContainingType.OriginalDefinition);

    private static RequestParameter? ParameterOfJsonName(string? name)
        => name is not null && ParametersByJsonName.TryGetValue(name, out var parameter) ? parameter : null;

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

    private static Dictionary<string, RequestParameter> IndexByJsonName()
    {
        var index = new Dictionary<string, RequestParameter>(StringComparer.Ordinal);
        foreach (var parameter in RequestParameters.All)
        {
            if (parameter.MatchedByJsonName && !index.ContainsKey(parameter.Name))
            {
                index.Add(parameter.Name, parameter);
            }
        }

        return index;
    }
}
