namespace Kms.Analyzers;

internal static class RuleCategories
{
    public const string Usage = "Usage";
    public const string Reliability = "Reliability";
}
