using HuaweiCloud.SDK.Core;
using Kms.ErrorCodes;

namespace Kms.Samples;

/// <summary>What an envelope-encryption service tells its caller when KMS refuses a request.</summary>
public static class KeyErrorHandler
{
    // KMS001: a magic code. The fix: KmsErrorCodes.TokenExpired.
    private const string ImportTokenExpired = "KMS.2601";

    // KMS002: "KMS.0213" is not a KMS code; the fix offers KMS.0212, KMS.0214 and KMS.0211.
    private static readonly string[] CallerErrorCodes = { KmsErrorCodes.InvalidKeyId, "KMS.0213" };

    public static string Describe(ServiceResponseException e)
    {
        // KMS001: the fix replaces the literal with KmsErrorCodes.InvalidKeyId.
        if (e.ErrorCode == "KMS.0205")
        {
            return "The key ID is not valid: check the key's ID in the console.";
        }

        // KMS001 on a code of the 2025 table ("The key does not exist", HTTP 404): the fix is KmsErrorCodes.KeyNotFound.
        if (e.ErrorCode == "KMS.0207")
        {
            return "No key has this ID in this region: check the region and the key's ID.";
        }

        // KMS006: KMS.0306 is an HTTP 403, so it arrives as ClientRequestException, never as ServerResponseException.
        if (e is ServerResponseException { ErrorCode: KmsErrorCodes.NoKeyAccessPermission })
        {
            return "This account may not use the key: ask for the KMS CMKFullAccess permission.";
        }

        switch (e.ErrorCode)
        {
            case "KMS.0209": // KMS001
                return "The key is disabled: enable it, then try again.";
            case "kms.0210": // KMS002: the service sends "KMS.0210"; this case never matches.
                return "The key is pending deletion: cancel the deletion to use it.";
            case ImportTokenExpired:
                return "The import token expired: get a new one.";
            case KmsErrorCodes.DuplicateKeyAlias: // already right: the constant
                return "A key with this alias exists.";
        }

        // KMS002: "KMS-1105" meets an error-code value but is spelled wrong; did you mean 'KMS.1105'?
        if (e is ClientRequestException { ErrorCode: "KMS-1105" })
        {
            return "The key quota is used up: delete unused keys or raise the quota.";
        }

        // KMS005: Message never holds the service's code; the fix compares e.ErrorCode instead.
        if (e.Message.Contains("KMS.0209"))
        {
            return "The key is disabled.";
        }

        // KMS006: KMS.0101 is an HTTP 500, so it arrives as ServerResponseException, never as ClientRequestException.
        if (e is ClientRequestException { ErrorCode: KmsErrorCodes.InternalError })
        {
            return "KMS had an internal error: try again later.";
        }

        if (System.Array.IndexOf(CallerErrorCodes, e.ErrorCode) >= 0)
        {
            return "The request is wrong: " + e.ErrorMsg;
        }

        return KmsErrorCatalog.TryGet(e.ErrorCode, out var error)
            ? error.Message + " " + error.Measure
            : "Unexpected KMS error " + e.ErrorCode + ": " + e.ErrorMsg;
    }
}
