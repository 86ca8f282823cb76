namespace Kms.Analyzers;

/// <summary>Every rule id of the package, and where its documentation lives.</summary>
internal static class RuleIdentifiers
{
    public const string UseCatalogConstant = "KMS001";
    public const string UnknownErrorCode = "KMS002";
    public const string NonTransientRetry = "KMS003";
    public const string RequestParameter = "KMS004";
    public const string ErrorCodeLookup = "KMS005";
    public const string ErrorCodeArrival = "KMS006";
    public const string OptionValue = "KMS007";
    public const string ClientErrorRetry = "KMS008";

    /// <summary>RepositoryUrl of Directory.Build.props plus the docs folder; a test keeps the two equal.</summary>
    public const string HelpLinkBase = "https://github.com/kms-analyzers/Kms.Analyzers/blob/main/docs/rules/";

    public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";
}
