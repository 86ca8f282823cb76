using System.Collections.Generic;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>A row of KMS004's table as the analyzer has it (generated from KmsRequestLimits.tsv).</summary>
public sealed record RequestParameterRow(string Name, string[] SdkProperties, string Accepted, string? ErrorCode, string Source, IReadOnlyList<string>? Values)
{
    /// <summary>Whether its JSON name identifies a KMS body on its own (KmsRequestNames.tsv).</summary>
    public bool Distinctive => RequestOperationRows.IsDistinctive(Name);
}
