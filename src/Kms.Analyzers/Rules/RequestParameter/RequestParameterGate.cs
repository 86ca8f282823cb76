using System.Collections.Generic;
using System.Threading;

namespace Kms.Analyzers;

/// <summary>
/// KMS004's words, from the generated word lists (reading them compiles none of the tables): distinctive JSON
/// names, the SDK body properties it checks, their enum classes, and <c>WithRetry</c>.
/// </summary>
internal static class RequestParameterGate
{
    private static readonly HashSet<string> Names = CreateNames();

    public static GateDeclaration Declaration { get; } = CreateDeclaration();

    /// <summary>Whether an assigned member's name can be a parameter's: one of these words, or a name another file declares.</summary>
    public static bool IsRequestName(string name, KmsTreeGate gate, CancellationToken cancellationToken)
        => Names.Contains(name) || gate.IsDeclared(name, cancellationToken);

    private static GateDeclaration CreateDeclaration()
    {
        var declaration = new GateDeclaration("RequestParameter")
            .With(RequestParameters.DistinctiveJsonNames, WordKinds.Kms)
            .With(RequestParameters.PropertyWords, WordKinds.Sdk)
            .With(RequestParameters.GenericPropertyWords, WordKinds.GenericSdk)
            .With(WellKnownMemberNames.WithRetry, WordKinds.Sdk);
        foreach (var property in RequestParameters.EnumPropertyWords.Split(' '))
        {
            declaration.With(property + WellKnownMemberNames.EnumClassSuffix, WordKinds.Sdk);
        }

        return declaration;
    }

    private static HashSet<string> CreateNames()
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var list in new[] { RequestParameters.DistinctiveJsonNames, RequestParameters.PropertyWords, RequestParameters.GenericPropertyWords })
        {
            names.UnionWith(list.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries));
        }

        return names;
    }
}
