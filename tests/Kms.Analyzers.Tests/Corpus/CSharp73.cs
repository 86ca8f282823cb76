// Fault-injection and compatibility corpus: C# 7.3 only, so every language version parses it the same way.
using System;
using System.Collections.Generic;
using HuaweiCloud.SDK.Core;
using HuaweiCloud.SDK.Kms.V2.Model;
using Kms.ErrorCodes;

namespace Corpus
{
    public static class CSharp73
    {
        private static readonly HashSet<string> RetryableCodes = new HashSet<string> { KmsErrorCodes.InternalError, KmsErrorCodes.KeyDisabled };

        public static string Describe(ServiceResponseException e)
        {
            switch (e.ErrorCode)
            {
                case "KMS.0205": return "bad key";
                case "kms.0210": return "pending";
                case "KMS.0213": return "unknown";
            }

            if (e.Message.Contains("KMS.0209")) return "disabled";
            if (e is ClientRequestException c && c.ErrorCode == KmsErrorCodes.InternalError) return "never";
            return "other";
        }

        public static bool IsTransient(string code)
        {
            return code == KmsErrorCodes.InternalError || code == KmsErrorCodes.TokenExpired;
        }

        public static object Body()
        {
            return new ScheduleKeyDeletionRequestBody { PendingDays = "3" };
        }
    }
}
