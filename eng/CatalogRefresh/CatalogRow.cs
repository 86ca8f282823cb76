namespace Kms.CatalogRefresh;

/// <summary>One row of KmsErrorCodes.tsv, its cells in the file's column order. "?" marks what a maintainer must decide.</summary>
public sealed record CatalogRow(
    string Code,
    string ConstantName,
    int HttpStatusCode,
    string IsTransient,
    string Decided,
    string Why,
    string Source,
    string Message,
    string Description,
    string Measure)
{
    public const string Undecided = "?";

    public static readonly string[] Columns = { "Code", "ConstantName", "HttpStatusCode", "IsTransient", "Decided", "Why", "Source", "Message", "Description", "Measure" };

    public string[] Cells() => new[] { Code, ConstantName, HttpStatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), IsTransient, Decided, Why, Source, Message, Description, Measure };

    public bool HasTextOf(EditionRow row) => (HttpStatusCode, Message, Description, Measure) == (row.HttpStatusCode, row.Message, row.Description, row.Measure);
}
