using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace HuaweiCloud.SDK.Core
{
    /// <summary>What every SDK client derives from. The stand-in sends nothing: each call answers 200 with an empty body.</summary>
    public class Client
    {
        internal HttpResponseMessage Send(string method, SdkRequest request) => new HttpResponseMessage(System.Net.HttpStatusCode.OK);
    }

    public class SdkRequest
    {
    }

    /// <summary>A prepared call; WithRetry adds the SDK's own retry.</summary>
    public abstract class BaseInvoker<TInvoker, TResp>
        where TInvoker : BaseInvoker<TInvoker, TResp>
        where TResp : SdkResponse
    {
        private const int MaxRetriesLimit = 10;

        protected readonly Client Client;
        protected readonly string Method;
        protected readonly SdkRequest Request;
        protected readonly Func<HttpResponseMessage, TResp> DeserializeMethod;

        public BaseInvoker(Client client, string method, SdkRequest request, Func<HttpResponseMessage, TResp> deserializeMethod)
        {
            Client = client;
            Method = method;
            Request = request;
            DeserializeMethod = deserializeMethod;
        }

        public TInvoker AddHeader(string key, string value) => (TInvoker)this;

        /// <summary>
        /// Retries while <paramref name="retryCondition"/> says so, at most <paramref name="maxRetries"/> times: above 10
        /// throws ArgumentOutOfRangeException; 0 or less makes one attempt and never retries.
        /// </summary>
        public TInvoker WithRetry(Func<TResp, SdkException, bool> retryCondition, int maxRetries, IBackoffStrategy backoffStrategy)
        {
            if (maxRetries > MaxRetriesLimit)
            {
                throw new ArgumentOutOfRangeException(nameof(maxRetries), "Retries exceeds the MaxRetriesLimit " + MaxRetriesLimit);
            }

            if (retryCondition == null)
            {
                throw new ArgumentNullException(nameof(retryCondition));
            }

            if (backoffStrategy == null)
            {
                throw new ArgumentNullException(nameof(backoffStrategy));
            }

            return (TInvoker)this;
        }
    }

    public class SyncInvoker<TResp> : BaseInvoker<SyncInvoker<TResp>, TResp>
        where TResp : SdkResponse
    {
        public SyncInvoker(Client client, string method, SdkRequest request, Func<HttpResponseMessage, TResp> deserializeMethod)
            : base(client, method, request, deserializeMethod)
        {
        }

        public TResp Invoke() => DeserializeMethod(Client.Send(Method, Request));
    }

    public class AsyncInvoker<TResp> : BaseInvoker<AsyncInvoker<TResp>, TResp>
        where TResp : SdkResponse
    {
        public AsyncInvoker(Client client, string method, SdkRequest request, Func<HttpResponseMessage, TResp> deserializeMethod)
            : base(client, method, request, deserializeMethod)
        {
        }

        public Task<TResp> Invoke() => Task.FromResult(DeserializeMethod(Client.Send(Method, Request)));
    }

    public interface IBackoffStrategy
    {
        int CalculateRetryDelayMillis(int retries);
    }

    public static class BackoffStrategies
    {
        public static readonly IBackoffStrategy DecorRelatedJitter = new DecorRelatedJitterBackoffStrategy();
        public static readonly IBackoffStrategy EqualJitter = new EqualJitterBackoffStrategy();
        public static readonly IBackoffStrategy RandomJitter = new RandomJitterBackoffStrategy();
        public static readonly IBackoffStrategy None = new NoBackoffStrategy();
    }

    public class ExponentialBackoffStrategy : IBackoffStrategy
    {
        public virtual int CalculateRetryDelayMillis(int retries) => Math.Min(60000, 200 << Math.Min(retries, 8));
    }

    public class EqualJitterBackoffStrategy : ExponentialBackoffStrategy
    {
        public override int CalculateRetryDelayMillis(int retries) => base.CalculateRetryDelayMillis(retries) / 2;
    }

    public class RandomJitterBackoffStrategy : ExponentialBackoffStrategy
    {
        public override int CalculateRetryDelayMillis(int retries) => base.CalculateRetryDelayMillis(retries) / 3;
    }

    public class DecorRelatedJitterBackoffStrategy : IBackoffStrategy
    {
        public int CalculateRetryDelayMillis(int retries) => Math.Min(60000, 200 * (retries + 1));
    }

    public class NoBackoffStrategy : IBackoffStrategy
    {
        public int CalculateRetryDelayMillis(int retries) => 0;
    }
}
