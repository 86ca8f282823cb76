namespace Kms.ErrorCodes;

// Accessibility comes from PublicApi.cs in Kms.ErrorCodes; the analyzer links this file and keeps it internal.
sealed partial class KmsError
{
    internal KmsError(string code, string constantName, int httpStatusCode, string message, string description, string measure, bool isTransient)
    {
        Code = code;
        ConstantName = constantName;
        HttpStatusCode = httpStatusCode;
        Message = message;
        Description = description;
        Measure = measure;
        IsTransient = isTransient;
    }

    /// <summary>The code the service answers, e.g. <c>KMS.0205</c>.</summary>
    public string Code { get; }

    /// <summary>The name of the <see cref="KmsErrorCodes"/> constant for this code, e.g. <c>InvalidKeyId</c>.</summary>
    public string ConstantName { get; }

    /// <summary>The HTTP status the code arrives with: 4xx as <c>ClientRequestException</c>, 5xx as <c>ServerResponseException</c>.</summary>
    public int HttpStatusCode { get; }

    /// <summary>The error message of the service's documentation.</summary>
    public string Message { get; }

    /// <summary>The description of the service's documentation.</summary>
    public string Description { get; }

    /// <summary>What the caller should do about it.</summary>
    public string Measure { get; }

    /// <summary>Whether the same request can succeed when retried with backoff.</summary>
    public bool IsTransient { get; }

    /// <summary>Returns <see cref="Code"/>.</summary>
    public override string ToString() => Code;
}
