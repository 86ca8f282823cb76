namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the HuaweiCloud .NET SDK, which is not on the NuGet registry: the real namespaces, names
/// and member types (shared/kms-parameters.md), nothing more.
/// </summary>
public static class SdkSources
{
    public const string Core = """
        namespace HuaweiCloud.SDK.Core
        {
            public class SdkException : System.Exception
            {
            }

            public class ServiceResponseException : SdkException
            {
                public string ErrorCode { get; set; }
                public string ErrorMsg { get; set; }
                public int? HttpStatusCode { get; set; }
                public string RequestId { get; set; }
            }

            public class ClientRequestException : ServiceResponseException
            {
            }

            public class ServerResponseException : ServiceResponseException
            {
            }

            public interface IBackoffStrategy
            {
            }

            public class BaseInvoker<TResp, TInvoker>
                where TInvoker : BaseInvoker<TResp, TInvoker>
            {
                public TInvoker WithRetry(System.Func<TResp, SdkException, bool> retryCondition, int maxRetries, IBackoffStrategy backoffStrategy) => (TInvoker)this;
            }

            public class SyncInvoker<TResp> : BaseInvoker<TResp, SyncInvoker<TResp>>
            {
                public TResp Invoke() => default;
            }

            public class AsyncInvoker<TResp> : BaseInvoker<TResp, AsyncInvoker<TResp>>
            {
                public System.Threading.Tasks.Task<TResp> Invoke() => System.Threading.Tasks.Task.FromResult<TResp>(default);
            }
        }
        """;

    /// <summary>The KMS request bodies of one model version (V1 or V2), with the members KMS004 reads.</summary>
    public static string KmsModel(string version) => $$"""
        namespace HuaweiCloud.SDK.Kms.{{version}}.Model
        {
            using System.Collections.Generic;

            public class ScheduleKeyDeletionRequestBody { public string KeyId { get; set; } public string PendingDays { get; set; } public string Sequence { get; set; } }
            public class CreateDatakeyRequestBody { public string KeyId { get; set; } public string DatakeyLength { get; set; } public string Sequence { get; set; } }
            public class GenRandomRequestBody { public string RandomDataLength { get; set; } public string Sequence { get; set; } }
            public class EncryptDatakeyRequestBody { public string KeyId { get; set; } public string PlainText { get; set; } public string DatakeyPlainLength { get; set; } public string Sequence { get; set; } }
            public class DecryptDatakeyRequestBody { public string KeyId { get; set; } public string CipherText { get; set; } public string DatakeyCipherLength { get; set; } public string Sequence { get; set; } }
            public class ListKeysRequestBody { public string Limit { get; set; } public string Marker { get; set; } public string KeyState { get; set; } public string Sequence { get; set; } }
            public class ListGrantsRequestBody { public string Limit { get; set; } public string Marker { get; set; } public string KeyId { get; set; } public string Sequence { get; set; } }
            public class ListRetirableGrantsRequestBody { public string Limit { get; set; } public string Marker { get; set; } public string Sequence { get; set; } }
            public class ListKmsByTagsRequestBody { public string Limit { get; set; } public string Offset { get; set; } public string Action { get; set; } public string Sequence { get; set; } }
            public class CreateKeyRequestBody { public string KeyAlias { get; set; } public string KeyDescription { get; set; } public string Sequence { get; set; } }
            public class UpdateKeyAliasRequestBody { public string KeyId { get; set; } public string KeyAlias { get; set; } public string Sequence { get; set; } }
            public class UpdateKeyDescriptionRequestBody { public string KeyId { get; set; } public string KeyDescription { get; set; } public string Sequence { get; set; } }
            public class UpdateKeyRotationIntervalRequestBody { public string KeyId { get; set; } public int? RotationInterval { get; set; } public string Sequence { get; set; } }
            public class CreateGrantRequestBody { public string KeyId { get; set; } public string GranteePrincipal { get; set; } public List<string> Operations { get; set; } public string Name { get; set; } public string RetiringPrincipal { get; set; } public string Sequence { get; set; } }
            public class RevokeGrantRequestBody { public string KeyId { get; set; } public string GrantId { get; set; } public string Sequence { get; set; } }
            public class TagItem { public string Key { get; set; } public string Value { get; set; } }
            public class Tag { public string Key { get; set; } public List<string> Value { get; set; } }
            public class DeleteKeyRequest { public string VersionId { get; set; } public ScheduleKeyDeletionRequestBody Body { get; set; } }
            public class DeleteKeyResponse { public string KeyId { get; set; } }
        }

        namespace HuaweiCloud.SDK.Kms.{{version}}
        {
            using HuaweiCloud.SDK.Core;
            using HuaweiCloud.SDK.Kms.{{version}}.Model;

            public class KmsClient
            {
                public SyncInvoker<DeleteKeyResponse> DeleteKeyInvoker(DeleteKeyRequest request) => new SyncInvoker<DeleteKeyResponse>();
            }

            public class KmsAsyncClient
            {
                public AsyncInvoker<DeleteKeyResponse> DeleteKeyAsyncInvoker(DeleteKeyRequest request) => new AsyncInvoker<DeleteKeyResponse>();
            }
        }
        """;

    /// <summary>Newtonsoft.Json's attribute, declared so tests need not reference the package.</summary>
    public const string NewtonsoftJsonProperty = """
        namespace Newtonsoft.Json
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
            public sealed class JsonPropertyAttribute : System.Attribute
            {
                public JsonPropertyAttribute() { }
                public JsonPropertyAttribute(string propertyName) => PropertyName = propertyName;
                public string PropertyName { get; set; }
            }
        }
        """;

    /// <summary>Every stand-in: the SDK core, both KMS model versions, Newtonsoft's attribute.</summary>
    public static readonly (string Name, string Source)[] All =
    {
        ("HuaweiCloudSdk.Core.cs", Core),
        ("HuaweiCloudSdk.Kms.V1.cs", KmsModel("V1")),
        ("HuaweiCloudSdk.Kms.V2.cs", KmsModel("V2")),
        ("Newtonsoft.Json.cs", NewtonsoftJsonProperty),
    };
}
