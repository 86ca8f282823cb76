using HuaweiCloud.SDK.Core;
using Kms.ErrorCodes;
using Kms.Samples;

// Answers KMS could give to a key-management workflow, and what the handler makes of them. The
// misspelled cases of KeyErrorHandler (KMS002) never match: their answers fall through to the catalog text.
ServiceResponseException[] answers =
{
    new ClientRequestException(400, new SdkError(KmsErrorCodes.InvalidKeyId, "Invalid key ID.", "req-1")),
    new ClientRequestException(400, new SdkError(KmsErrorCodes.KeyDisabled, "The key has been disabled.", "req-2")),
    new ClientRequestException(400, new SdkError(KmsErrorCodes.KeyPendingDeletion, "The key is in Scheduled deletion state and cannot be used.", "req-3")),
    new ClientRequestException(400, new SdkError(KmsErrorCodes.TooManyKeys, "Too many keys.", "req-4")),
    new ServerResponseException(500, new SdkError(KmsErrorCodes.InternalError, "KMS error.", "req-5")),
};

foreach (var answer in answers)
{
    System.Console.WriteLine($"{answer.ErrorCode}: {KeyErrorHandler.Describe(answer)}");
}

// The requests KeyLifecycle builds: KMS would reject each of them (KMS004).
var deletion = KeyLifecycle.ScheduleDeletion("0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f");
System.Console.WriteLine($"schedule deletion in {deletion.Body.PendingDays} days (KMS accepts {KmsLimits.PendingDaysMin} to {KmsLimits.PendingDaysMax})");
try
{
    KeyLifecycle.Delete(new HuaweiCloud.SDK.Kms.V2.KmsClient(), deletion, BackoffStrategies.EqualJitter);
}
catch (System.ArgumentOutOfRangeException e)
{
    System.Console.WriteLine($"WithRetry threw: {e.Message}");
}
