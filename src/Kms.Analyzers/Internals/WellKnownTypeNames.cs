using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>Every metadata name of the SDK, Polly and the JSON libraries that the rules resolve, and the resolving itself.</summary>
internal static class WellKnownTypeNames
{
    /// <summary>The namespace of the catalog's types (KmsErrorCodes, KmsErrorCatalog, KmsLimits).</summary>
    public const string CatalogNamespace = nameof(Kms) + "." + nameof(Kms.ErrorCodes);

    private const string SdkCore = "HuaweiCloud.SDK.Core.";

    public const string SdkExceptionName = "SdkException";
    public const string SdkException = SdkCore + SdkExceptionName;
    public const string ServiceResponseExceptionName = "ServiceResponseException";
    public const string ServiceResponseException = SdkCore + ServiceResponseExceptionName;
    public const string ClientRequestExceptionName = "ClientRequestException";
    public const string ClientRequestException = SdkCore + ClientRequestExceptionName;
    public const string ServerResponseExceptionName = "ServerResponseException";
    public const string ServerResponseException = SdkCore + ServerResponseExceptionName;
    /// <summary>The SDK types that carry every 4xx answer, as gate words (space-separated).</summary>
    public const string ClientErrorCarriers = ClientRequestExceptionName + " " + ServiceResponseExceptionName + " " + SdkExceptionName;
    public const string ConnectionException = SdkCore + "ConnectionException";
    public const string RequestTimeoutException = SdkCore + "RequestTimeoutException";

    /// <summary>The base of every service's client in the SDK.</summary>
    public const string SdkClient = SdkCore + "Client";

    /// <summary>The namespace every KMS type of the SDK is in (V1 and V2, clients and models).</summary>
    public const string KmsSdkNamespace = "HuaweiCloud.SDK.Kms";

    /// <summary>The KMS clients, V2 and the V1 of older code.</summary>
    public static readonly string[] KmsClients =
    {
        KmsSdkNamespace + ".V2.KmsClient", KmsSdkNamespace + ".V2.KmsAsyncClient", KmsSdkNamespace + ".V1.KmsClient", KmsSdkNamespace + ".V1.KmsAsyncClient",
    };

    /// <summary>The SDK's invokers, whose <c>WithRetry</c> the rules read.</summary>
    public static readonly string[] SdkInvokers = { SdkCore + "BaseInvoker`2", SdkCore + "SyncInvoker`1", SdkCore + "AsyncInvoker`1" };

    /// <summary>The KMS request models: V1 (removed from the SDK in 3.1.15, still in old code) and V2.</summary>
    public static readonly string[] KmsModelNamespaces = { "HuaweiCloud.SDK.Kms.V1.Model", "HuaweiCloud.SDK.Kms.V2.Model" };

    /// <summary>Polly v7's policy builders, whose <c>Handle</c>/<c>Or</c> predicates start a retry chain.</summary>
    public static readonly string[] PollyV7Builders = { "Polly.Policy", "Polly.Policy`1", "Polly.PolicyBuilder", "Polly.PolicyBuilder`1" };

    /// <summary>Polly v8's predicate builders, whose <c>Handle</c> makes a <c>ShouldHandle</c>.</summary>
    public static readonly string[] PollyV8PredicateBuilders = { "Polly.PredicateBuilder", "Polly.PredicateBuilder`1" };

    /// <summary>Polly v8's retry options, whose <c>ShouldHandle</c> decides a retry.</summary>
    public const string PollyV8RetryStrategyOptions = "Polly.Retry.RetryStrategyOptions`1";

    /// <summary>The attributes that give a property its JSON name: System.Text.Json's and Newtonsoft's.</summary>
    public static readonly string[] JsonNameAttributes = { "System.Text.Json.Serialization.JsonPropertyNameAttribute", "Newtonsoft.Json.JsonPropertyAttribute" };

    /// <summary>
    /// The types that turn an object into a request's JSON or content (<c>JsonSerializer.Serialize</c>,
    /// <c>JsonContent.Create</c>, <c>new StringContent(…)</c>): a body passed to them goes on to where their result goes.
    /// </summary>
    public static readonly string[] JsonConverters =
    {
        "System.Text.Json.JsonSerializer", "System.Net.Http.Json.JsonContent", "Newtonsoft.Json.JsonConvert", "Newtonsoft.Json.Linq.JToken",
        "Newtonsoft.Json.Linq.JObject", "System.Net.Http.StringContent", "System.Net.Http.ByteArrayContent", "System.Text.Encoding",
    };

    /// <summary>The types that send a request: a body passed to them is sent, to the address given beside it.</summary>
    public static readonly string[] HttpSenders =
    {
        "System.Net.Http.HttpClient", "System.Net.Http.HttpMessageInvoker", "System.Net.Http.Json.HttpClientJsonExtensions", "System.Net.Http.HttpRequestMessage",
    };

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
