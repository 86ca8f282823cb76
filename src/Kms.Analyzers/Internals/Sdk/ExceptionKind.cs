namespace Kms.Analyzers;

/// <summary>Which SDK exception a value is statically typed as.</summary>
internal enum ExceptionKind
{
    None,

    /// <summary>SdkException, which has no ErrorCode.</summary>
    Sdk,

    /// <summary>ConnectionException or RequestTimeoutException (and their subclasses): no answer came, so no code.</summary>
    Network,

    /// <summary>ServiceResponseException itself (or a subclass of it other than the two below): every code.</summary>
    ServiceResponse,

    /// <summary>ClientRequestException: HTTP 4xx codes only.</summary>
    ClientRequest,

    /// <summary>ServerResponseException: HTTP 5xx codes only.</summary>
    ServerResponse,
}
