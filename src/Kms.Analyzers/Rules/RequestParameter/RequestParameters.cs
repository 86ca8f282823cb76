namespace Kms.Analyzers;

/// <summary>
/// The documented parameters: <c>All</c>, and a property per row the SDK itself checks (<c>MaxRetries</c>), are
/// generated from KmsRequestLimits.tsv.
/// </summary>
internal static partial class RequestParameters
{
    public const string AnyBody = "*";
}
