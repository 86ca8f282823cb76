namespace Kms.Analyzers;

/// <summary>KMS003 reads the SDK's <c>WithRetry</c> condition, which may name a code through a constant declared elsewhere.</summary>
internal static class NonTransientRetryGate
{
    public static GateDeclaration Declaration { get; } = new GateDeclaration("NonTransientRetry").With(WellKnownMemberNames.WithRetry, WordKinds.Sdk);
}
