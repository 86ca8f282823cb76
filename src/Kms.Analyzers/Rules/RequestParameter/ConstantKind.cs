namespace Kms.Analyzers;

internal enum ConstantKind
{
    Integer,
    Text,
    TextList,

    /// <summary>A list written in place, of any elements: <see cref="ConstantParameterValue.Integer"/> counts them.</summary>
    ElementCount,
}
