namespace Kms.Analyzers;

/// <summary>The member names the rules read on those types, by syntax before any semantic call.</summary>
internal static class WellKnownMemberNames
{
    /// <summary><c>ServiceResponseException.ErrorCode</c>: the one place the service's code is.</summary>
    public const string ErrorCode = "ErrorCode";

    /// <summary><c>ServiceResponseException.ErrorMsg</c>: the service's text, never its code.</summary>
    public const string ErrorMsg = "ErrorMsg";

    /// <summary><c>SdkException.ErrorMessage</c>: null for service errors, the network error's text otherwise.</summary>
    public const string ErrorMessage = "ErrorMessage";

    /// <summary><c>Exception.Message</c>: .NET's generic text.</summary>
    public const string Message = "Message";

    public const string HttpStatusCode = "HttpStatusCode";

    /// <summary>The SDK invokers' retry.</summary>
    public const string WithRetry = "WithRetry";

    /// <summary>The static lookup of the SDK's enum classes (<c>KeySpecEnum.FromValue("AES_256")</c>).</summary>
    public const string FromValue = "FromValue";

    /// <summary>The suffix of the SDK's nested enum classes' names (<c>KeySpecEnum</c>).</summary>
    public const string EnumClassSuffix = "Enum";

    /// <summary>Polly v8's retry decision.</summary>
    public const string ShouldHandle = "ShouldHandle";

    /// <summary>The named argument of Newtonsoft's <c>[JsonProperty(PropertyName = …)]</c>.</summary>
    public const string JsonPropertyName = "PropertyName";
}
