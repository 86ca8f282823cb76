using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>The one place the rules' shared defaults are set: Warning, on by default, help link from the id.</summary>
internal static class DiagnosticDescriptorFactory
{
    public static DiagnosticDescriptor Create(string id, string title, string messageFormat, string category, string description, params string[] customTags)
        => new DiagnosticDescriptor(
            id,
            title,
            messageFormat,
            category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: RuleIdentifiers.GetHelpUri(id),
            customTags: customTags);
}
