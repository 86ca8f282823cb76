// Stand-ins for the HuaweiCloud .NET SDK's invokers (HuaweiCloud.SDK.Core); see Exceptions.cs.
namespace HuaweiCloud.SDK.Core
{
    public interface IBackoffStrategy
    {
    }

    public class BaseInvoker<TResp, TInvoker>
        where TInvoker : BaseInvoker<TResp, TInvoker>
    {
        /// <summary>Retries while <paramref name="retryCondition"/> says so, at most <paramref name="maxRetries"/> (0 to 10) times.</summary>
        public TInvoker WithRetry(System.Func<TResp, SdkException, bool> retryCondition, int maxRetries, IBackoffStrategy backoffStrategy)
        {
            if (maxRetries < 0 || maxRetries > 10)
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxRetries));
            }

            return (TInvoker)this;
        }
    }

    public class SyncInvoker<TResp> : BaseInvoker<TResp, SyncInvoker<TResp>>
    {
        private readonly System.Func<TResp> call;

        public SyncInvoker(System.Func<TResp> call) => this.call = call;

        public TResp Invoke() => call();
    }
}
