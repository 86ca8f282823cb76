using System.Collections.Generic;
using System.Text;

namespace Kms.Analyzers;

/// <summary>The operations of a grant: a list that holds only <c>create-grant</c> is rejected.</summary>
internal sealed class OperationsConstraint : ParameterConstraint
{
    private const string CreateGrant = "create-grant";

    public override string Accepted => "at least one operation besides " + CreateGrant;

    public override bool Judges(ConstantParameterValue value) => value.Kind == ConstantKind.TextList;

    public override ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass)
        => IsValid(value.Items) ? null : new ParameterVerdict(List(value.Items));

    private static bool IsValid(IReadOnlyList<string> operations)
    {
        foreach (var operation in operations)
        {
            if (operation != CreateGrant)
            {
                return true;
            }
        }

        return operations.Count == 0;
    }

    private static string List(IReadOnlyList<string> items)
    {
        var shown = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            shown.Append(i == 0 ? "\"" : ", \"").Append(items[i]).Append('"');
        }

        return shown.Append(']').ToString();
    }
}
