namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stand-ins for the HuaweiCloud .NET SDK, which is not on the NuGet registry: the real namespaces, names
/// and member types (shared/kms-parameters.md), nothing more.
/// </summary>
public static class SdkSources
{
    public const string Core = """
        namespace HuaweiCloud.SDK.Core
        {
            public class SdkException : System.Exception
            {
            }

            public class ServiceResponseException : SdkException
            {
                public string ErrorCode { get; set; }
                public string ErrorMsg { get; set; }
                public int? HttpStatusCode { get; set; }
                public string RequestId { get; set; }
            }

            public class ClientRequestException : ServiceResponseException
            {
            }

            public class ServerResponseException : ServiceResponseException
            {
            }
        }
        """;
}
