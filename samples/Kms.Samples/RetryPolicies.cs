using System;
using System.Collections.Generic;
using System.Threading;
using HuaweiCloud.SDK.Core;
using HuaweiCloud.SDK.Kms.V2;
using HuaweiCloud.SDK.Kms.V2.Model;
using Kms.ErrorCodes;
using Polly;
using Polly.Retry;

namespace Kms.Samples;

/// <summary>How a service retries KMS calls. Each KMS003 and KMS008 here retries a request that can only fail again.</summary>
public static class RetryPolicies
{
    // KMS003: an expired import token stays expired. The fix removes it from the set.
    private static readonly HashSet<string> RetryableCodes = new() { KmsErrorCodes.InternalError, KmsErrorCodes.TokenExpired };

    // Polly v7. KMS003: a disabled key stays disabled; the fix: KmsErrorCatalog.IsTransient(e.ErrorCode).
    public static readonly Policy DeletePolicy = Policy
        .Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled)
        .Or<ServerResponseException>(e => KmsErrorCatalog.IsTransient(e.ErrorCode))
        .WaitAndRetry(3, attempt => TimeSpan.FromMilliseconds(100 * attempt));

    // Polly v8. KMS003 on "KMS.0205": an invalid key ID stays invalid.
    public static readonly ResiliencePipeline EncryptPipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<ServiceResponseException>(e => e.ErrorCode is KmsErrorCodes.InternalError or "KMS.0205"),
            MaxRetryAttempts = 3,
        })
        .Build();

    /// <summary>KMS003 on KMS.1105: the key quota does not grow by waiting.</summary>
    public static bool IsTransient(string code) => code == KmsErrorCodes.AbnormalIo || code == KmsErrorCodes.TooManyKeys;

    /// <summary>The SDK's own retry. KMS003 on KMS.0210: a key pending deletion stays so until cancelled.</summary>
    public static DeleteKeyResponse DeleteWithSdkRetry(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
        => client.DeleteKeyInvoker(request)
            .WithRetry((response, error) => error is ClientRequestException { ErrorCode: KmsErrorCodes.KeyPendingDeletion }, 3, backoff)
            .Invoke();

    /// <summary>A hand-rolled loop. KMS003: retrying a disabled key (KMS.0209) only delays the failure.</summary>
    public static T CallWithRetries<T>(Func<T> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return call();
            }
            catch (ServiceResponseException e) when (e.ErrorCode == "KMS.0209" && attempt < 3)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    // Polly v8. KMS008: every 4xx answer is retried, an invalid key ID as often as throttling. The fix keeps HTTP 429
    // and the catalog's transient codes.
    public static readonly ResiliencePipeline DecryptPipeline = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>(), MaxRetryAttempts = 3 })
        .Build();

    /// <summary>KMS008: a loop that retries every SDK error of a KMS call, the 4xx answers with the rest.</summary>
    public static CreateRandomResponse RandomWithRetries(KmsClient client, CreateRandomRequest request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return client.CreateRandom(request);
            }
            catch (SdkException) when (attempt < 3)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }

    /// <summary>Right: retries exactly what the catalog says can succeed on retry.</summary>
    public static bool ShouldRetry(ServiceResponseException e) => KmsErrorCatalog.IsTransient(e.ErrorCode) || RetryableCodes.Contains(e.ErrorCode);
}
