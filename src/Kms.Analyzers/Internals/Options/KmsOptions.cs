namespace Kms.Analyzers;

/// <summary>
/// The names of the <c>kms_analyzers.*</c> options of .editorconfig; the rules that read them check their items.
/// </summary>
internal static class KmsOptions
{
    public const string Prefix = "kms_analyzers.";

    /// <summary>Codes the service added after this catalog.</summary>
    public const string AdditionalCodes = Prefix + "additional_codes";

    /// <summary>Codes a team treats as transient.</summary>
    public const string AdditionalTransientCodes = Prefix + "additional_transient_codes";

    /// <summary>Codes a team never retries, though the catalog calls them transient.</summary>
    public const string NonTransientCodes = Prefix + "non_transient_codes";

    /// <summary>More words that make a member or local a retry decision.</summary>
    public const string RetryMethodNames = Prefix + "retry_method_names";

    /// <summary>Request parameters (JSON names, or <c>maxRetries</c>) left unchecked.</summary>
    public const string UncheckedParameters = Prefix + "unchecked_parameters";

    public static readonly string[] All = { AdditionalCodes, AdditionalTransientCodes, NonTransientCodes, RetryMethodNames, UncheckedParameters };
}
