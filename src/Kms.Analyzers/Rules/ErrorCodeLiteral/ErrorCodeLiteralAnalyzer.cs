using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kms.Analyzers;

/// <summary>
/// KMS001 (a known code written as a literal) and KMS002 (an unknown or misspelled code). Both rules
/// classify the same string literals, so one visit of each literal serves both.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeLiteralAnalyzer : DiagnosticAnalyzer
{
    public static readonly DiagnosticDescriptor UseCatalogConstantRule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.UseCatalogConstant,
        title: "Use the catalog constant for a KMS error code",
        messageFormat: "'{0}' ({1}) is a KMS error code: use KmsErrorCodes.{2}",
        RuleCategories.Usage,
        description: "A KMS error code written as a string literal is easy to mistype and says nothing about its meaning. The KmsErrorCodes constant names the code and carries its documentation.");

    public static readonly DiagnosticDescriptor UnknownErrorCodeRule = DiagnosticDescriptorFactory.Create(
        RuleIdentifiers.UnknownErrorCode,
        title: "Unknown KMS error code",
        messageFormat: "'{0}' is not a known KMS error code: {1}",
        RuleCategories.Usage,
        description: "KMS never answers with this code, so the comparison or branch that uses it can never match. Codes the service added after this catalog can be listed in kms_analyzers.additional_codes.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UseCatalogConstantRule, UnknownErrorCodeRule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static compilationStart => GatedNodeActions.Register(compilationStart, static (_, options) =>
        {
            var lists = new ConfiguredCodeLists(options);
            var nodes = new GatedNodeActions();
            nodes.Add(nodeContext => AnalyzeLiteral(nodeContext, lists), SyntaxKind.StringLiteralExpression, SyntaxKind.InterpolatedStringExpression);
            return nodes;
        }));
    }

    private static void AnalyzeLiteral(NodeAnalysisContext context, ConfiguredCodeLists lists)
    {
        // The cheap text test comes first: almost no literal is code-shaped.
        var expression = (ExpressionSyntax)context.Node;
        if (!TryGetText(expression, out var text) || !ErrorCodeShape.TryNormalize(text, out var code) || IsInCatalogNamespace(expression)
            || IsFormattedAsNonString(expression, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        var isCanonical = ReferenceEquals(code, text);
        if (isCanonical && KmsErrorCatalog.TryGet(code, out var known))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                UseCatalogConstantRule,
                expression.GetLocation(),
                FixProperties(known.ConstantName),
                code,
                known.Message,
                known.ConstantName));
            return;
        }

        // A misspelling only counts where it meets an error-code value; "KMS-1234" as a SKU is fine.
        if (!isCanonical && !ErrorCodeValueUse.MeetsErrorCodeValue(expression, context.SemanticModel, context.CancellationToken))
        {
            return;
        }

        var taken = CodesOfSiblingLabels(expression, context.SemanticModel, context.CancellationToken);
        if (KmsErrorCatalog.TryGet(code, out var intended))
        {
            // `case "kms.0205":` beside `case "KMS.0205":` is reported, but its constant would be a duplicate label.
            context.ReportDiagnostic(Diagnostic.Create(
                UnknownErrorCodeRule,
                expression.GetLocation(),
                taken.Contains(intended.Code) ? ImmutableDictionary<string, string?>.Empty : FixProperties(intended.ConstantName),
                text,
                "did you mean '" + intended.Code + "' (" + intended.Message + ")?"));
            return;
        }

        if (lists.Contains(expression.SyntaxTree, KmsOptions.AdditionalCodes, code))
        {
            return;
        }

        var nearest = NearestErrorCodes.Find(code);
        for (var i = nearest.Count - 1; i >= 0; i--)
        {
            // A loop, not RemoveAll with a lambda: a closure over `taken` would be allocated on entry, for every literal.
            if (taken.Contains(nearest[i].Code))
            {
                nearest.RemoveAt(i);
            }
        }
        context.ReportDiagnostic(Diagnostic.Create(
            UnknownErrorCodeRule,
            expression.GetLocation(),
            FixProperties(nearest),
            text,
            DescribeNearest(nearest)));
    }

    /// <summary>
    /// The codes the other labels of the same switch (statement labels, expression arms) already handle: a fix
    /// to one of them would not compile (CS0152, CS8510).
    /// </summary>
    private static HashSet<string> CodesOfSiblingLabels(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        switch (expression.Parent)
        {
            case CaseSwitchLabelSyntax { Parent.Parent: SwitchStatementSyntax switchStatement }:
                foreach (var section in switchStatement.Sections)
                {
                    foreach (var label in section.Labels)
                    {
                        AddConstant(taken, label switch
                        {
                            CaseSwitchLabelSyntax caseLabel => caseLabel.Value,
                            CasePatternSwitchLabelSyntax { Pattern: ConstantPatternSyntax constant } => constant.Expression,
                            _ => null,
                        });
                    }
                }

                break;

            case ConstantPatternSyntax { Parent: SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax switchExpression } }:
                foreach (var arm in switchExpression.Arms)
                {
                    AddConstant(taken, (arm.Pattern as ConstantPatternSyntax)?.Expression);
                }

                break;
        }

        return taken;

        void AddConstant(HashSet<string> codes, ExpressionSyntax? value)
        {
            if (value is not null && value != expression && semanticModel.GetConstantValue(value, cancellationToken) is { HasValue: true, Value: string code })
            {
                codes.Add(code);
            }
        }
    }

    /// <summary>The value of a string literal of any form, or of an interpolated string without holes; u8 literals are another node kind.</summary>
    private static bool TryGetText(ExpressionSyntax expression, out string text)
    {
        if (expression is LiteralExpressionSyntax literal)
        {
            text = literal.Token.ValueText;
            return true;
        }

        if (expression is InterpolatedStringExpressionSyntax interpolated
            && interpolated.Contents.Count == 1
            && interpolated.Contents[0] is InterpolatedStringTextSyntax onlyText)
        {
            text = onlyText.TextToken.ValueText;
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>
    /// <c>FormattableString f = $"KMS.0205";</c> and interpolated-string handlers are not strings: a string
    /// constant would not compile there, so they are left alone.
    /// </summary>
    private static bool IsFormattedAsNonString(ExpressionSyntax expression, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (expression is not InterpolatedStringExpressionSyntax
            || semanticModel.GetTypeInfo(expression, cancellationToken).ConvertedType is not { } target)
        {
            return false;
        }

        if (target is { Name: "FormattableString" or "IFormattable", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
        {
            return true;
        }

        foreach (var attribute in target.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "InterpolatedStringHandlerAttribute" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The catalog's own source defines the codes; it is the one place literals belong.</summary>
    private static bool IsInCatalogNamespace(SyntaxNode node)
    {
        // The whole name is only built when the innermost namespace could be it.
        if (node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() is not { } innermost || SyntaxNames.LastName(innermost.Name) != "ErrorCodes")
        {
            return false;
        }

        string? name = null;
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is BaseNamespaceDeclarationSyntax namespaceDeclaration)
            {
                name = name is null ? namespaceDeclaration.Name.ToString() : namespaceDeclaration.Name + "." + name;
            }
        }

        return name == WellKnownTypeNames.CatalogNamespace;
    }

    private static ImmutableDictionary<string, string?> FixProperties(string constantName)
        => ImmutableDictionary<string, string?>.Empty.Add(DiagnosticPropertyNames.ConstantNames, constantName);

    private static ImmutableDictionary<string, string?> FixProperties(List<KmsError> suggestions)
    {
        var names = new StringBuilder();
        foreach (var suggestion in suggestions)
        {
            names.Append(names.Length == 0 ? string.Empty : ",").Append(suggestion.ConstantName);
        }

        return FixProperties(names.ToString());
    }

    private static string DescribeNearest(List<KmsError> nearest)
    {
        var description = new StringBuilder();
        if (nearest.Count > 0)
        {
            description.Append("the nearest known codes are ");
            for (var i = 0; i < nearest.Count; i++)
            {
                description.Append(i == 0 ? string.Empty : ", ").Append(nearest[i].Code).Append(" (").Append(nearest[i].Message).Append(')');
            }

            description.Append("; ");
        }

        return description.Append("if the service added it, list it in ").Append(KmsOptions.AdditionalCodes).ToString();
    }
}
