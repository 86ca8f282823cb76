using System.Collections.Generic;

namespace Kms.Analyzers;

/// <summary>
/// A request parameter KMS documents limits for (a row of KmsRequestLimits.tsv): its JSON name, the SDK body
/// properties that carry it, what is accepted, the code KMS answers otherwise and where that is documented.
/// </summary>
internal sealed class RequestParameter
{
    public RequestParameter(string name, ParameterConstraint constraint, string? errorCode, bool quotesCodeMessage, string source, params string[] sdkProperties)
    {
        QuotesCodeMessage = quotesCodeMessage;
        Name = name;
        Constraint = constraint;
        ErrorCode = errorCode;
        Source = source;
        SdkProperties = sdkProperties;
        SdkPropertyNames = System.Array.ConvertAll(sdkProperties, entry => SdkPropertyName.Parse(entry, this));
        AsList = new[] { this };
    }

    /// <summary><see cref="SdkProperties"/> read: type, property, and where the property is checked.</summary>
    public SdkPropertyName[] SdkPropertyNames { get; }

    /// <summary>This row alone, as the list of alternatives an SDK property has.</summary>
    public IReadOnlyList<RequestParameter> AsList { get; }

    /// <summary>The JSON name (<c>pending_days</c>), or the SDK argument's name (<c>maxRetries</c>).</summary>
    public string Name { get; }

    public ParameterConstraint Constraint { get; }

    /// <summary>The code KMS answers with; null where the SDK itself refuses the value.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// Whether the message quotes the code's catalog text. Not where that text is older than the API reference and
    /// names a narrower limit ("random_data_length must be 512 bits"): quoting it would contradict what is accepted.
    /// </summary>
    public bool QuotesCodeMessage { get; }

    /// <summary>Where the limit is documented.</summary>
    public string Source { get; }

    /// <summary>
    /// <c>Type.Property</c> of the SDK's V1 and V2 models; <c>*.KeyId</c> means any body of those namespaces;
    /// <c>TagItem.Value@Tags|Tag</c>, only where the object is written as (an element of) a member so named.
    /// </summary>
    public string[] SdkProperties { get; }
}
