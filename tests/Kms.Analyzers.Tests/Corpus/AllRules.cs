// Fault-injection corpus: one file that makes every rule fire (data, not compiled into the tests).
using System;
using System.Collections.Generic;
using System.Threading;
using HuaweiCloud.SDK.Core;
using HuaweiCloud.SDK.Kms.V2;
using HuaweiCloud.SDK.Kms.V2.Model;
using Kms.ErrorCodes;
using Polly;
using Polly.Retry;

namespace Corpus
{
    public static class AllRules
    {
        private const string Disabled = "KMS.0209";
        private static readonly HashSet<string> RetryableCodes = new() { KmsErrorCodes.InternalError, KmsErrorCodes.TokenExpired, "KMS.0102" };

        public static string Describe(ServiceResponseException e)
        {
            switch (e.ErrorCode)
            {
                case "KMS.0205": return "bad key";
                case "kms.0210": return "pending";
                case "KMS.0213": return "unknown";
            }

            if (e.Message.Contains("KMS.0209") || e.ErrorCode == "The key has been disabled.") return "disabled";
            if (e is ClientRequestException { ErrorCode: KmsErrorCodes.InternalError }) return "never";
            return e.ErrorCode is $"KMS.0101" or @"KMS.0102" or """KMS.2403""" ? "transient" : "other";
        }

        public static bool IsTransient(string code) => code is KmsErrorCodes.InternalError or KmsErrorCodes.KeyDisabled || code == Disabled;

        public static object Requests(KmsClient client, DeleteKeyRequest request, IBackoffStrategy backoff)
        {
            _ = new ScheduleKeyDeletionRequestBody { PendingDays = "3", KeyId = "not-a-key" };
            _ = new CreateDatakeyRequestBody { DatakeyLength = 100.ToString() };
            _ = new { pending_days = 2000, datakey_length = 12 };
            _ = new Dictionary<string, object> { ["marker"] = -1 };
            _ = new Dictionary<string, object> { { "rotation_interval", 400 } };
            Policy.Handle<ClientRequestException>(e => e.ErrorCode == KmsErrorCodes.KeyDisabled || e.ErrorCode == "KMS.0205").WaitAndRetry(3, i => TimeSpan.FromSeconds(i));
            new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions { ShouldHandle = new PredicateBuilder().Handle<ClientRequestException>(e => e.ErrorCode == "KMS.1105") });
            Policy.Handle<ServiceResponseException>().RetryForever();
            return client.DeleteKeyInvoker(request).WithRetry((r, e) => e is ClientRequestException { ErrorCode: "KMS.0209" }, 20, backoff).Invoke();
        }

        public static T Loop<T>(Func<T> call)
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return call();
                }
                catch (ServerResponseException e) when (e.ErrorCode == KmsErrorCodes.InvalidKeyId && attempt < 3)
                {
                    Thread.Sleep(10);
                }
            }
        }
    }
}
