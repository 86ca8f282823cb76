namespace Kms.Analyzers;

/// <summary>KMS008 reads a retry of a whole SDK exception type, which a file may write without naming KMS.</summary>
internal static class ClientErrorRetryGate
{
    public static GateDeclaration Declaration { get; } = new GateDeclaration("ClientErrorRetry")
        .With(WellKnownTypeNames.ClientErrorCarriers, WordKinds.Sdk);
}
