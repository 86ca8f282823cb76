namespace Kms.Analyzers.TestSupport;

/// <summary>What one replay of an analyzer's callbacks cost: time and bytes of the calls alone.</summary>
public sealed record ReplayResult(double Ms, long Bytes, int Calls, int Reported);
