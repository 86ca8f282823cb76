namespace Kms.Analyzers;

/// <summary>Keys of <c>Diagnostic.Properties</c>: the fix data travels with the diagnostic, so fixers never re-derive it.</summary>
internal static class DiagnosticPropertyNames
{
    /// <summary>Comma-separated <c>KmsErrorCodes</c> constant names to offer, best first.</summary>
    public const string ConstantNames = "ConstantNames";

    /// <summary>
    /// KMS004: the nearest valid value as a literal of the carrier's type (<c>7</c>, <c>"7"</c>, <c>7L</c>), or, with
    /// <see cref="ReplaceSpan"/>, the SDK enum class's member that replaces that span (<c>KeySpecEnum.AES_256</c>).
    /// </summary>
    public const string ValidLiteral = "ValidLiteral";

    /// <summary>KMS004: the next nearest valid values after <see cref="ValidLiteral"/>, in its form, one a line, nearest first.</summary>
    public const string OtherValidLiterals = "OtherValidLiterals";

    /// <summary>KMS004: the <c>KmsLimits</c> member expression holding that value, where one does.</summary>
    public const string ValidLimitsMember = "ValidLimitsMember";

    /// <summary>KMS004: present when the value comes from a <c>const</c> reference, which a fix must not rewrite silently.</summary>
    public const string CarrierIsConstant = "CarrierIsConstant";

    /// <summary>KMS003: how the fix takes the code out of the decision (a RetryFixKind name).</summary>
    public const string RetryFix = "RetryFix";

    /// <summary>
    /// KMS003: the DecisionMode the code was found in. The fix walks again from the code in the tree it edits,
    /// since Fix All edits one chain several times and earlier spans go stale.
    /// </summary>
    public const string RetryMode = "RetryMode";

    /// <summary>KMS004 (an SDK enum class built from a value), KMS005, KMS006: the node a fix replaces, as SpanProperty ("start,length").</summary>
    public const string ReplaceSpan = "ReplaceSpan";

    /// <summary>KMS005, KMS006: the expression or type that replaces it.</summary>
    public const string Replacement = "Replacement";

    /// <summary>KMS008: how the fix narrows the retry (a ClientErrorFixShape name).</summary>
    public const string ClientErrorFix = "ClientErrorFix";

    /// <summary>KMS008: present when the retried type is ClientRequestException itself, whose code the fix reads directly.</summary>
    public const string RetriesClientRequest = "RetriesClientRequest";
}
