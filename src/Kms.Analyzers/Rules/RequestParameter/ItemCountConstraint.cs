using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>A list of at most so many elements (ListKmsByTags: at most 10 tags), counted where the list is written.</summary>
internal sealed class ItemCountConstraint : ParameterConstraint
{
    private readonly Limit max;

    public ItemCountConstraint(Limit max) => this.max = max;

    public override string Accepted => "at most " + max + " elements";

    public override ConstantParameterValue? Read(IOperation operation) => ConstantParameterValue.CountElements(operation);

    public override bool Judges(ConstantParameterValue value) => value.Kind == ConstantKind.ElementCount;

    public override ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass)
        => value.Integer <= max.Value ? null : new ParameterVerdict("a list of " + value.Integer.ToString(CultureInfo.InvariantCulture) + " elements");
}
