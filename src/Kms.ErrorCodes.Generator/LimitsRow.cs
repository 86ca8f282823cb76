using System;

namespace Kms.ErrorCodes.Generator;

/// <summary>One row of <c>KmsRequestLimits.tsv</c>.</summary>
internal sealed class LimitsRow
{
    public string Parameter { get; set; } = string.Empty;

    public string[] SdkProperties { get; set; } = Array.Empty<string>();

    public string Kind { get; set; } = string.Empty;

    public LimitsBound? Min { get; set; }

    public LimitsBound? Max { get; set; }

    public LimitsBound? Multiple { get; set; }

    public string Characters { get; set; } = string.Empty;

    public string CharactersText { get; set; } = string.Empty;

    public string Forbidden { get; set; } = string.Empty;

    /// <summary>An enum row's accepted values.</summary>
    public string[] Values { get; set; } = Array.Empty<string>();

    public string Code { get; set; } = string.Empty;

    /// <summary>Whether the code's catalog text holds for this parameter (not older than the API reference).</summary>
    public bool QuotesCodeMessage { get; set; }

    public string Source { get; set; } = string.Empty;
}
