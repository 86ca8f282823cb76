using System.Collections.Generic;
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

    // KMS004, the same rule for a REST body built by hand: the fix is pending_days = 7.
    public static object ScheduleDeletionRestBody(string keyId) => new { key_id = keyId, pending_days = 3 };

    // No KMS004: the API accepts 8 to 8192 bits, a multiple of 8 (the error table's "must be 512 bits" is an
    // older limit), and 1 to 1024 bytes of plaintext.
    public static GenRandomRequestBody NewRandom() => new() { RandomDataLength = "256" };

    public static EncryptDatakeyRequestBody EncryptDataKey(string keyId, string plainText) => new() { KeyId = keyId, PlainText = plainText, DatakeyPlainLength = "32" };

    public static Dictionary<string, object> ListKeysRestBody() => new() { ["limit"] = 50, ["marker"] = -1 }; // KMS004 on marker (KMS.1602)

    public static DeleteKeyResponse Delete(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
        // KMS004: WithRetry throws ArgumentOutOfRangeException above 10. The fixes: 10, or KmsLimits.MaxRetriesMax.
        => client.DeleteKeyInvoker(request).WithRetry((response, error) => error is ServerResponseException, 20, backoff).Invoke();
}
