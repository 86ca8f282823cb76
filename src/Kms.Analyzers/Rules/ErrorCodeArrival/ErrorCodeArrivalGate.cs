namespace Kms.Analyzers;

/// <summary>KMS006 reads a code where <c>ErrorCode</c> is tested: a file with it may compare a constant declared elsewhere.</summary>
internal static class ErrorCodeArrivalGate
{
    public static GateDeclaration Declaration { get; } = new GateDeclaration("ErrorCodeArrival").With(WellKnownMemberNames.ErrorCode, WordKinds.Sdk);
}
