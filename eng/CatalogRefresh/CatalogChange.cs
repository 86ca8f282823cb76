namespace Kms.CatalogRefresh;

/// <summary>What a refresh found for one code, and what a maintainer must do about it.</summary>
public sealed record CatalogChange(string Code, CatalogChangeKind Kind, string Detail);
