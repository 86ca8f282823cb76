namespace Kms.CatalogRefresh;

/// <summary>One row of an edition of the service's error-code table, markup stripped.</summary>
public sealed record EditionRow(int HttpStatusCode, string Code, string Message, string Description, string Measure);
