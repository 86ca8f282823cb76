namespace Kms.Analyzers.Benchmarks;

/// <summary>One analyzer (or analyzer assembly) in csc's ReportAnalyzer table.</summary>
internal sealed record ReportedAnalyzer(string Assembly, string Name, double Seconds);
