using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>Metadata names the analyzers resolve once per compilation, and the resolving itself.</summary>
internal static class WellKnownTypeNames
{
    /// <summary>The HuaweiCloud SDK's invokers, whose <c>WithRetry</c> KMS003 and KMS004 read.</summary>
    public static readonly string[] SdkInvokers = { "HuaweiCloud.SDK.Core.BaseInvoker`2", "HuaweiCloud.SDK.Core.SyncInvoker`1", "HuaweiCloud.SDK.Core.AsyncInvoker`1" };

    /// <summary>Adds each of <paramref name="metadataNames"/> that <paramref name="compilation"/> has to <paramref name="types"/>.</summary>
    public static void AddPresent(HashSet<INamedTypeSymbol> types, Compilation compilation, params string[] metadataNames)
    {
        foreach (var metadataName in metadataNames)
        {
            if (compilation.GetTypeByMetadataName(metadataName) is { } type)
            {
                types.Add(type);
            }
        }
    }
}
