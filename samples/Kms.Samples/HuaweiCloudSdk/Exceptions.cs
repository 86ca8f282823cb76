// Stand-ins for the HuaweiCloud .NET SDK's exception types (HuaweiCloud.SDK.Core), which are not on the
// NuGet registry this sample builds from. Same namespace, names and member types as the real SDK; with the
// real package, delete this folder.
namespace HuaweiCloud.SDK.Core
{
    public class SdkException : System.Exception
    {
        public SdkException(string message) : base(message)
        {
        }
    }

    /// <summary>An error answer of the service: the code is in ErrorCode, its text in ErrorMsg.</summary>
    public class ServiceResponseException : SdkException
    {
        public ServiceResponseException(int httpStatusCode, string errorCode, string errorMsg, string requestId)
            : base("The service answered with an error.")
        {
            HttpStatusCode = httpStatusCode;
            ErrorCode = errorCode;
            ErrorMsg = errorMsg;
            RequestId = requestId;
        }

        public int? HttpStatusCode { get; set; }

        public string ErrorCode { get; set; }

        public string ErrorMsg { get; set; }

        public string RequestId { get; set; }
    }

    /// <summary>HTTP 4xx.</summary>
    public class ClientRequestException : ServiceResponseException
    {
        public ClientRequestException(int httpStatusCode, string errorCode, string errorMsg, string requestId)
            : base(httpStatusCode, errorCode, errorMsg, requestId)
        {
        }
    }

    /// <summary>HTTP 5xx.</summary>
    public class ServerResponseException : ServiceResponseException
    {
        public ServerResponseException(int httpStatusCode, string errorCode, string errorMsg, string requestId)
            : base(httpStatusCode, errorCode, errorMsg, requestId)
        {
        }
    }
}
