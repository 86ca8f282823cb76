using System;

namespace HuaweiCloud.SDK.Core
{
    /// <summary>The base of every SDK error. <see cref="ErrorMessage"/> is set by the network errors only.</summary>
    public class SdkException : Exception
    {
        protected SdkException()
        {
        }

        public SdkException(string errorMessage) : base(errorMessage)
        {
            ErrorMessage = errorMessage;
        }

        public SdkException(string errorMessage, Exception innerException) : base(errorMessage, innerException)
        {
            ErrorMessage = errorMessage;
        }

        public string ErrorMessage { get; set; }
    }

    /// <summary>An error answer of the service: its code is in ErrorCode, its text in ErrorMsg; Message holds neither.</summary>
    public class ServiceResponseException : SdkException
    {
        public ServiceResponseException(int? httpStatusCode, SdkError sdkError)
        {
            HttpStatusCode = httpStatusCode;
            ErrorCode = sdkError.ErrorCode;
            ErrorMsg = sdkError.ErrorMsg;
            RequestId = sdkError.RequestId;
            EncodedAuthorizationMessage = sdkError.EncodedAuthorizationMessage;
        }

        public int? HttpStatusCode { get; set; }

        public string ErrorMsg { get; set; }

        public string ErrorCode { get; set; }

        public string RequestId { get; set; }

        public string EncodedAuthorizationMessage { get; set; }

        /// <summary>4xx as ClientRequestException, 5xx as ServerResponseException, any other status as this type.</summary>
        public static ServiceResponseException MapException(int? httpStatusCode, SdkError sdkError)
        {
            if (httpStatusCode >= 400 && httpStatusCode < 500)
            {
                return new ClientRequestException(httpStatusCode, sdkError);
            }

            if (httpStatusCode >= 500 && httpStatusCode < 600)
            {
                return new ServerResponseException(httpStatusCode, sdkError);
            }

            return new ServiceResponseException(httpStatusCode, sdkError);
        }
    }

    /// <summary>HTTP 4xx.</summary>
    public class ClientRequestException : ServiceResponseException
    {
        public ClientRequestException(int? httpCode, SdkError sdkError) : base(httpCode, sdkError)
        {
        }
    }

    /// <summary>HTTP 5xx, and any answer whose error body could not be read.</summary>
    public class ServerResponseException : ServiceResponseException
    {
        public ServerResponseException(int? httpCode, SdkError sdkError) : base(httpCode, sdkError)
        {
        }
    }

    /// <summary>No answer: the connection failed. Carries no KMS code.</summary>
    public class ConnectionException : SdkException
    {
        public ConnectionException(string errorMessage) : base(errorMessage)
        {
        }

        public ConnectionException(string errorMessage, Exception innerException) : base(errorMessage, innerException)
        {
        }
    }

    public class HostUnreachableException : ConnectionException
    {
        public HostUnreachableException(string errorMessage) : base(errorMessage)
        {
        }

        public HostUnreachableException(string errorMessage, Exception innerException) : base(errorMessage, innerException)
        {
        }
    }

    public class SslHandShakeException : ConnectionException
    {
        public SslHandShakeException(string errorMessage) : base(errorMessage)
        {
        }

        public SslHandShakeException(string errorMessage, Exception innerException) : base(errorMessage, innerException)
        {
        }
    }

    /// <summary>No answer in time. Carries no KMS code.</summary>
    public class RequestTimeoutException : SdkException
    {
        public RequestTimeoutException(string errorMessage) : base(errorMessage)
        {
        }

        public RequestTimeoutException(string errorMessage, Exception innerException) : base(errorMessage, innerException)
        {
        }
    }

    public class CallTimeoutException : RequestTimeoutException
    {
        public CallTimeoutException(string errorMessage) : base(errorMessage)
        {
        }
    }

    public class RetryOutageException : RequestTimeoutException
    {
        public RetryOutageException(string errorMessage) : base(errorMessage)
        {
        }
    }

    /// <summary>The error body of an answer.</summary>
    public class SdkError : SdkResponse
    {
        public string ErrorCode;

        public string RequestId;

        public string EncodedAuthorizationMessage;

        public SdkError()
        {
        }

        public SdkError(string errorCode, string errorMsg, string requestId)
        {
            ErrorCode = errorCode;
            ErrorMsg = errorMsg;
            RequestId = requestId;
        }

        public SdkError(string errorCode, string errorMsg)
        {
            ErrorCode = errorCode;
            ErrorMsg = errorMsg;
        }

        public SdkError(string errorMsg)
        {
            ErrorMsg = errorMsg;
        }

        public string ErrorMsg { get; set; }
    }

    public class SdkResponse
    {
        public string HttpBody { get; set; }

        public int? HttpStatusCode { get; set; }

        public string HttpHeaders { get; set; }

        public string GetHttpBody() => HttpBody;

        public int? GetHttpStatusCode() => HttpStatusCode;

        public string GetHttpHeaders() => HttpHeaders;
    }
}
