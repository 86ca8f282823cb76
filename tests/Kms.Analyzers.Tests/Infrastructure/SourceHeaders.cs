namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>Source pieces several test classes start from.</summary>
public static class SourceHeaders
{
    /// <summary>The usings of a test source that uses the SDK's exceptions and the catalog.</summary>
    public const string SdkAndCatalog = """
        using System;
        using System.Text.RegularExpressions;
        using HuaweiCloud.SDK.Core;
        using Kms.ErrorCodes;

        """;

    /// <summary>Exception checks cut off mid-way: the rules on them must not throw.</summary>
    public const string BrokenExceptionChecks = """
        class C
        {
            void M(ServiceResponseException e, Unknown u)
            {
                if (e.Message.Contains(
                if (u.Message.Contains("KMS.0205")) { }
                catch (ServerResponseException x) when (x.ErrorCode ==
                _ = e is ClientRequestException { ErrorCode: };
                _ = e.ToString(
                _ = e?.ErrorMsg ==
        """;

    /// <summary>A look-alike of the SDK's exception, declared by the user: checks on it are not the SDK's.</summary>
    public const string LookAlikeExceptionWithoutSdk = """
        class ServerResponseException : System.Exception
        {
            public string ErrorCode { get; set; }
            public string ErrorMsg { get; set; }
        }

        class C
        {
            bool M(ServerResponseException e) => e.ErrorCode == "KMS.0205" || e.ErrorMsg == "KMS.0205" || e.Message.Contains("KMS.0205");
        }
        """;
}
