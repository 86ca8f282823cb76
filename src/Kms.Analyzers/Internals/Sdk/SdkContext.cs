using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>
/// The HuaweiCloud SDK's types of one compilation, shared by every rule that reads them: each part is resolved on its
/// first question, so a compilation whose files never get that far looks nothing up.
/// </summary>
internal sealed class SdkContext
{
    private static readonly ConditionalWeakTable<Compilation, SdkContext> Contexts = new();
    private static readonly ConditionalWeakTable<Compilation, SdkContext>.CreateValueCallback Create = static compilation => new SdkContext(compilation);

    private readonly Lazy<SdkExceptionTypes?> exceptions;
    private readonly Lazy<HashSet<INamedTypeSymbol>> invokers;
    private readonly Lazy<INamedTypeSymbol?> client;
    private readonly Lazy<bool> hasKmsClients;

    private SdkContext(Compilation compilation)
    {
        exceptions = new Lazy<SdkExceptionTypes?>(() => SdkExceptionTypes.Create(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        invokers = new Lazy<HashSet<INamedTypeSymbol>>(
            () =>
            {
                var types = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                WellKnownTypeNames.AddPresent(types, compilation, WellKnownTypeNames.SdkInvokers);
                return types;
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        client = new Lazy<INamedTypeSymbol?>(() => compilation.GetTypeByMetadataName(WellKnownTypeNames.SdkClient), LazyThreadSafetyMode.ExecutionAndPublication);
        hasKmsClients = new Lazy<bool>(
            () => Array.Exists(WellKnownTypeNames.KmsClients, name => compilation.GetTypeByMetadataName(name) is not null),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static SdkContext For(Compilation compilation) => Contexts.GetValue(compilation, Create);

    /// <summary>The SDK's exception types; null where the compilation has no SDK.</summary>
    public SdkExceptionTypes? Exceptions => exceptions.Value;

    public bool HasInvokers => invokers.Value.Count > 0;

    /// <summary>Whether <paramref name="method"/> is the SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsWithRetry(IMethodSymbol method)
        => method.Name == WellKnownMemberNames.WithRetry && invokers.Value.Contains(method.ContainingType.OriginalDefinition);

    /// <summary>Whether the compilation has a KMS client, V1 or V2.</summary>
    public bool HasKmsClients => hasKmsClients.Value;

    /// <summary>
    /// The service <paramref name="method"/> calls: a client's method, or an invoker's (by its response type).
    /// Kms for KMS, Other for another service of the SDK, None for anything else.
    /// </summary>
    public SdkService ServiceOf(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return SdkService.None;
        }

        if (invokers.Value.Contains(type.OriginalDefinition) && type.TypeArguments.Length > 0)
        {
            return ServiceOfNamespace(type.TypeArguments[type.TypeArguments.Length - 1].ContainingNamespace);
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, client.Value))
            {
                return ServiceOfNamespace(type.ContainingNamespace);
            }
        }

        return SdkService.None;
    }

    private static SdkService ServiceOfNamespace(INamespaceSymbol? space)
    {
        var name = space?.ToDisplayString() ?? string.Empty;
        return name == WellKnownTypeNames.KmsSdkNamespace || name.StartsWith(WellKnownTypeNames.KmsSdkNamespace + ".", StringComparison.Ordinal) ? SdkService.Kms
            : name.StartsWith("HuaweiCloud.SDK.", StringComparison.Ordinal) && !name.StartsWith("HuaweiCloud.SDK.Core", StringComparison.Ordinal) ? SdkService.Other
            : SdkService.None;
    }
}
