// Stand-ins for the HuaweiCloud .NET SDK's KMS client and request models (HuaweiCloud.SDK.Kms.V2); see Exceptions.cs.
namespace HuaweiCloud.SDK.Kms.V2.Model
{
    public class ScheduleKeyDeletionRequestBody
    {
        public string KeyId { get; set; } = "";

        /// <summary>Days before the key is deleted, 7 to 1096, as a string.</summary>
        public string PendingDays { get; set; } = "";
    }

    public class DeleteKeyRequest
    {
        public ScheduleKeyDeletionRequestBody Body { get; set; } = new ScheduleKeyDeletionRequestBody();
    }

    public class DeleteKeyResponse
    {
        public string KeyId { get; set; } = "";
    }

    public class CreateDatakeyRequestBody
    {
        public string KeyId { get; set; } = "";

        /// <summary>Bits of the data key, 8 to 8192, as a string.</summary>
        public string DatakeyLength { get; set; } = "";
    }
}

namespace HuaweiCloud.SDK.Kms.V2
{
    using HuaweiCloud.SDK.Core;
    using HuaweiCloud.SDK.Kms.V2.Model;

    public class KmsClient
    {
        public SyncInvoker<DeleteKeyResponse> DeleteKeyInvoker(DeleteKeyRequest request)
            => new SyncInvoker<DeleteKeyResponse>(() => new DeleteKeyResponse { KeyId = request.Body.KeyId });
    }
}
