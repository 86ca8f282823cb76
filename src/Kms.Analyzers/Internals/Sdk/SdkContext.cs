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
    }

    public static SdkContext For(Compilation compilation) => Contexts.GetValue(compilation, Create);

    /// <summary>The SDK's exception types; null where the compilation has no SDK.</summary>
    public SdkExceptionTypes? Exceptions => exceptions.Value;

    public bool HasInvokers => invokers.Value.Count > 0;

    /// <summary>Whether <paramref name="method"/> is the SDK invokers' <c>WithRetry</c>.</summary>
    public bool IsWithRetry(IMethodSymbol method)
        => method.Name == WellKnownMemberNames.WithRetry && invokers.Value.Contains(method.ContainingType.OriginalDefinition);
}
