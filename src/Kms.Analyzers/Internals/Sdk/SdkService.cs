namespace Kms.Analyzers;

/// <summary>The cloud service an SDK call goes to.</summary>
internal enum SdkService
{
    None,
    Kms,
    Other,
}
