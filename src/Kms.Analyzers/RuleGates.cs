namespace Kms.Analyzers;

/// <summary>
/// Every rule's declaration of what makes a file matter to it. The gate admits a file any of them declares; a rule
/// without a declaration here relies on "kms" and the constants other files declare alone.
/// </summary>
internal static class RuleGates
{
    public static GateDeclaration[] All { get; } =
    {
        NonTransientRetryGate.Declaration,
        RequestParameterGate.Declaration,
        ErrorCodeArrivalGate.Declaration,
        ClientErrorRetryGate.Declaration,
    };
}
