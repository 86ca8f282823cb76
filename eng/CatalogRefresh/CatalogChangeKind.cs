namespace Kms.CatalogRefresh;

public enum CatalogChangeKind
{
    /// <summary>In the edition, not in the catalog: the row is added with a proposed name and no transience decision.</summary>
    New,

    /// <summary>In both, with another status or wording: the edition's text is taken, the name and decision kept.</summary>
    Changed,

    /// <summary>In the catalog, not in the edition: the row is kept (its constant is public API) and named for review.</summary>
    Gone,
}
