namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>A row of KmsRequestNames.tsv.</summary>
public sealed record RequestNameRow(string Name, bool Distinctive, string Why);
