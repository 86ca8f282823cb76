using HuaweiCloud.SDK.Core;
using Kms.ErrorCodes;
using Kms.Samples;

// Answers KMS could give to a key-management workflow, and what the handler makes of them. The
// misspelled cases of KeyErrorHandler (KMS002) never match: their answers fall through to the catalog text.
ServiceResponseException[] answers =
{
    new ClientRequestException(400, KmsErrorCodes.InvalidKeyId, "Invalid key ID.", "req-1"),
    new ClientRequestException(400, KmsErrorCodes.KeyDisabled, "The key has been disabled.", "req-2"),
    new ClientRequestException(400, KmsErrorCodes.KeyPendingDeletion, "The key is in Scheduled deletion state and cannot be used.", "req-3"),
    new ClientRequestException(400, KmsErrorCodes.TooManyKeys, "Too many keys.", "req-4"),
    new ServerResponseException(500, KmsErrorCodes.InternalError, "KMS error.", "req-5"),
};

foreach (var answer in answers)
{
    System.Console.WriteLine($"{answer.ErrorCode}: {KeyErrorHandler.Describe(answer)}");
}
