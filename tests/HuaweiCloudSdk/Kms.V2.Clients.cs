using HuaweiCloud.SDK.Core;
using HuaweiCloud.SDK.Kms.V2.Model;

// The KMS clients, with the calls the tests and the sample make, and those calls' responses. The stand-in
// clients send nothing: each call answers with an empty response.
namespace HuaweiCloud.SDK.Kms.V2
{
    public class KmsClient : Client
    {
        public KmsClient()
        {
        }

        public DeleteKeyResponse DeleteKey(DeleteKeyRequest deleteKeyRequest) => DeleteKeyInvoker(deleteKeyRequest).Invoke();

        public SyncInvoker<DeleteKeyResponse> DeleteKeyInvoker(DeleteKeyRequest deleteKeyRequest)
            => new SyncInvoker<DeleteKeyResponse>(this, "POST", new SdkRequest(), response => new DeleteKeyResponse { KeyId = deleteKeyRequest.Body?.KeyId });

        public CreateDatakeyResponse CreateDatakey(CreateDatakeyRequest createDatakeyRequest) => CreateDatakeyInvoker(createDatakeyRequest).Invoke();

        public SyncInvoker<CreateDatakeyResponse> CreateDatakeyInvoker(CreateDatakeyRequest createDatakeyRequest)
            => new SyncInvoker<CreateDatakeyResponse>(this, "POST", new SdkRequest(), response => new CreateDatakeyResponse { KeyId = createDatakeyRequest.Body?.KeyId });

        public CreateRandomResponse CreateRandom(CreateRandomRequest createRandomRequest) => CreateRandomInvoker(createRandomRequest).Invoke();

        public SyncInvoker<CreateRandomResponse> CreateRandomInvoker(CreateRandomRequest createRandomRequest)
            => new SyncInvoker<CreateRandomResponse>(this, "POST", new SdkRequest(), response => new CreateRandomResponse());
    }

    public class KmsAsyncClient : Client
    {
        public KmsAsyncClient()
        {
        }

        public System.Threading.Tasks.Task<DeleteKeyResponse> DeleteKeyAsync(DeleteKeyRequest deleteKeyRequest) => DeleteKeyAsyncInvoker(deleteKeyRequest).Invoke();

        public AsyncInvoker<DeleteKeyResponse> DeleteKeyAsyncInvoker(DeleteKeyRequest deleteKeyRequest)
            => new AsyncInvoker<DeleteKeyResponse>(this, "POST", new SdkRequest(), response => new DeleteKeyResponse { KeyId = deleteKeyRequest.Body?.KeyId });
    }
}

namespace HuaweiCloud.SDK.Kms.V2.Model
{
    public class DeleteKeyResponse : SdkResponse
    {
        public string KeyId { get; set; }

        public string KeyState { get; set; }
    }

    public class CreateDatakeyResponse : SdkResponse
    {
        public string KeyId { get; set; }

        public string PlainText { get; set; }

        public string CipherText { get; set; }
    }

    public class CreateRandomResponse : SdkResponse
    {
        public string RandomData { get; set; }
    }
}
