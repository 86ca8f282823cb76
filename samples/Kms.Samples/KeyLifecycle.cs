using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using HuaweiCloud.SDK.Core;
using HuaweiCloud.SDK.Kms.V2;
using HuaweiCloud.SDK.Kms.V2.Model;

namespace Kms.Samples;

/// <summary>Requests a key-rotation job sends to KMS. Each KMS004 here fails every time it runs.</summary>
public static class KeyLifecycle
{
    private const int DataKeyBits = 100;

    public static DeleteKeyRequest ScheduleDeletion(string keyId) => new()
    {
        // KMS004: KMS answers KMS.1401 (7 to 1096 days). The fix: "7".
        Body = new ScheduleKeyDeletionRequestBody { KeyId = keyId, PendingDays = "3" },
    };

    // KMS004: KMS answers KMS.1901 (8 to 8192 bits, whole bytes). The const is not rewritten by Fix All;
    // its own fix replaces this reference with 104.
    public static CreateDatakeyRequestBody NewDataKey(string keyId) => new() { KeyId = keyId, DatakeyLength = DataKeyBits.ToString() };

    // KMS004, the same rule for a REST body built by hand (its names are DeleteKey's): the fix is pending_days = 7.
    public static object ScheduleDeletionRestBody(string keyId) => new { key_id = keyId, pending_days = 3 };

    // No KMS004: the API accepts 8 to 8192 bits, a multiple of 8 (the error table's "must be 512 bits" is an
    // older limit), and 1 to 1024 bytes of plaintext.
    public static GenRandomRequestBody NewRandom() => new() { RandomDataLength = "256" };

    public static EncryptDatakeyRequestBody EncryptDataKey(string keyId, string plainText) => new() { KeyId = keyId, PlainText = plainText, DatakeyPlainLength = "32" };

    // KMS004: the SDK sends "aes256" as written and KMS answers KMS.0308; the documented value is AES_256. The fix
    // uses the enum class's member: CreateKeyRequestBody.KeySpecEnum.AES_256.
    public static CreateKeyRequestBody NewKey(string alias) => new() { KeyAlias = alias, KeySpec = new CreateKeyRequestBody.KeySpecEnum("aes256") };

    // KMS004: FromValue knows only the values its class lists ("kms", "external"): for "KMS" it returns null and the
    // request goes without origin. The fix: CreateKeyRequestBody.OriginEnum.KMS.
    public static CreateKeyRequestBody.OriginEnum Origin() => CreateKeyRequestBody.OriginEnum.FromValue("KMS");

    // No KMS004: HMAC_SM3 is documented for China regions only, and values documented for some regions are accepted.
    public static CreateKeyRequestBody.KeySpecEnum MacKey() => new("HMAC_SM3");

    // KMS004: a body sent to KMS's list-keys is checked against ListKeys' own limit (1 to 2000). The fix: 2000.
    public static Task<HttpResponseMessage> ListKeys(HttpClient http, string projectId)
        => http.PostAsJsonAsync($"https://kms.cn-north-4.myhuaweicloud.com/v1.0/{projectId}/kms/list-keys", new { limit = 5000, marker = "0" });

    // No KMS004: the same names as a query's parameters never reach KMS.
    public static int CountKeys(Func<string, object, int> query) => query("SELECT count(*) FROM keys LIMIT @limit OFFSET @marker", new { limit = 5000, marker = -1 });

    public static DeleteKeyResponse Delete(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
        // KMS004: WithRetry throws ArgumentOutOfRangeException above 10. The fixes: 10, or KmsLimits.MaxRetriesMax.
        => client.DeleteKeyInvoker(request).WithRetry((response, error) => error is ServerResponseException, 20, backoff).Invoke();
}
