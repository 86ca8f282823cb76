using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Kms.Analyzers;

/// <summary>
/// Puts catalog members or literals in place of expressions, in one document edit so Fix All adds
/// <c>using Kms.ErrorCodes;</c> once. The using is placed by hand: the Formatter took minutes on one-line files.
/// </summary>
internal static class CatalogConstantEditor
{
    private static readonly char[] MemberNameEnd = { '.', '(' };

    public static INamedTypeSymbol? FindCatalogType(Compilation compilation, string typeName)
        => compilation.GetTypeByMetadataName(WellKnownTypeNames.CatalogNamespace + "." + typeName);

    /// <summary>Whether <paramref name="catalogType"/> has the public member (a constant, a method) that <paramref name="memberExpression"/> starts with.</summary>
    private static bool HasMember(INamedTypeSymbol catalogType, string memberExpression)
    {
        var end = memberExpression.IndexOfAny(MemberNameEnd);
        foreach (var member in catalogType.GetMembers(end < 0 ? memberExpression : memberExpression.Substring(0, end)))
        {
            if (member.DeclaredAccessibility == Accessibility.Public && member is IFieldSymbol { IsConst: true } or IMethodSymbol)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the replacement can be made in <paramref name="compilation"/>: a plain expression always, a catalog member where it exists.</summary>
    public static bool CanApply(Compilation compilation, CatalogReplacement replacement)
        => replacement.CatalogType is null
           || (FindCatalogType(compilation, replacement.CatalogType) is { } catalogType && HasMember(catalogType, replacement.Expression));

    public static async Task<Document> ReplaceAsync(Document document, IReadOnlyCollection<CatalogReplacement> fixes, CancellationToken cancellationToken)
    {
        var edited = await ReplaceInTreeAsync(document, fixes, cancellationToken).ConfigureAwait(false);
        return await ThroughTextAsync(edited, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reparses the document: `x is "KMS.0205"` becomes `x is KmsErrorCodes.X`, which the parser reads as a
    /// type test (bound as a constant all the same); reparsing gives the tree every later reader will see.
    /// </summary>
    public static async Task<Document> ThroughTextAsync(Document document, CancellationToken cancellationToken)
    {
        // A new SourceText: the document's own instance would be taken as "no change" and not reparsed.
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithText(root.GetText());
    }

    /// <summary>The replacements as a tree edit: annotations elsewhere in the tree survive it.</summary>
    public static async Task<Document> ReplaceInTreeAsync(Document document, IReadOnlyCollection<CatalogReplacement> fixes, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        SyntaxNode? importsAt = null;
        foreach (var fix in fixes)
        {
            if (compilationUnit.FindNode(fix.Span, getInnermostNodeForTie: true) is not ExpressionSyntax expression || replacements.ContainsKey(expression))
            {
                continue;
            }

            var replacement = fix.Expression;
            if (fix.CatalogType is not null)
            {
                if (!CanApply(semanticModel.Compilation, fix) || FindCatalogType(semanticModel.Compilation, fix.CatalogType) is not { } catalogType)
                {
                    continue;
                }

                var typeName = TypeNameAt(semanticModel, expression.SpanStart, catalogType, out var importsNamespace);
                if (importsNamespace)
                {
                    importsAt ??= expression;
                }

                replacement = fix.Prefix + typeName + "." + fix.Expression;
            }

            // A type stays a type: `A.B.C` parses as a qualified name there, as a member access elsewhere.
            var newNode = SyntaxFacts.IsInTypeOnlyContext(expression) ? SyntaxFactory.ParseTypeName(replacement) : SyntaxFactory.ParseExpression(replacement);
            replacements.Add(expression, newNode.WithTriviaFrom(expression));
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        var anchor = new SyntaxAnnotation();
        var edited = document.WithSyntaxRoot(compilationUnit.ReplaceNodes(replacements.Keys, (original, _) =>
            original == importsAt ? replacements[original].WithAdditionalAnnotations(anchor) : replacements[original]));
        return importsAt is null ? edited : await ImportCatalogNamespaceAsync(edited, anchor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How <paramref name="catalogType"/> is written at <paramref name="position"/>: by its simple name where it binds or a new using makes it bind, else qualified.</summary>
    public static string TypeNameAt(SemanticModel semanticModel, int position, INamedTypeSymbol catalogType, out bool importsNamespace)
    {
        importsNamespace = false;
        if (SimpleNameBindsTo(semanticModel, position, catalogType))
        {
            return catalogType.Name;
        }

        if (CanImportCatalogNamespace(semanticModel, position, catalogType))
        {
            importsNamespace = true;
            return catalogType.Name;
        }

        return (NamespaceRootIsShadowed(semanticModel, position) ? "global::" : string.Empty) + WellKnownTypeNames.CatalogNamespace + "." + catalogType.Name;
    }

    /// <summary>Adds <c>using Kms.ErrorCodes;</c> where the usings of the node marked <paramref name="anchor"/> live.</summary>
    public static async Task<Document> ImportCatalogNamespaceAsync(Document document, SyntaxAnnotation anchor, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || compilationUnit.GetAnnotatedNodes(anchor).FirstOrDefault() is not { } marked)
        {
            return document;
        }

        var endOfLine = await EndOfLineAsync(document, compilationUnit, cancellationToken).ConfigureAwait(false);
        var host = UsingHost(marked);
        return document.WithSyntaxRoot(host is BaseNamespaceDeclarationSyntax namespaceDeclaration
            ? compilationUnit.ReplaceNode(namespaceDeclaration, AddUsing(namespaceDeclaration, endOfLine))
            : AddUsing(compilationUnit, endOfLine));
    }

    private static bool SimpleNameBindsTo(SemanticModel semanticModel, int position, INamedTypeSymbol catalogType)
    {
        var visible = semanticModel.LookupNamespacesAndTypes(position, name: catalogType.Name);
        return visible.Length == 1 && SymbolEqualityComparer.Default.Equals(visible[0], catalogType);
    }

    /// <summary>
    /// Importing Kms.ErrorCodes is safe when none of its type names already means something else here:
    /// otherwise the new using would make that name ambiguous (CS0104).
    /// </summary>
    private static bool CanImportCatalogNamespace(SemanticModel semanticModel, int position, INamedTypeSymbol catalogType)
    {
        foreach (var type in catalogType.ContainingNamespace.GetTypeMembers())
        {
            foreach (var visible in semanticModel.LookupNamespacesAndTypes(position, name: type.Name))
            {
                if (!SymbolEqualityComparer.Default.Equals(visible, type))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Whether <c>Kms</c> here means something other than the global namespace <c>Kms</c>.</summary>
    private static bool NamespaceRootIsShadowed(SemanticModel semanticModel, int position)
    {
        foreach (var visible in semanticModel.LookupNamespacesAndTypes(position, name: "Kms"))
        {
            if (visible is not INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The file's usings live in the innermost namespace that has some, else in the compilation unit.</summary>
    private static SyntaxNode UsingHost(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is BaseNamespaceDeclarationSyntax { Usings.Count: > 0 })
            {
                return ancestor;
            }

            if (ancestor is CompilationUnitSyntax)
            {
                return ancestor;
            }
        }

        return node.SyntaxTree.GetRoot();
    }

    private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax compilationUnit, SyntaxTrivia endOfLine)
    {
        if (compilationUnit.Usings.Count > 0)
        {
            return compilationUnit.WithUsings(InsertSorted(compilationUnit.Usings, endOfLine));
        }

        if (compilationUnit.Externs.Count > 0)
        {
            return compilationUnit.WithUsings(compilationUnit.Usings.Add(NewUsing(endOfLine)));
        }

        // First using of the file: it takes over the file's leading trivia (a header comment stays on top).
        var firstToken = compilationUnit.GetFirstToken(includeZeroWidth: true);
        var directive = NewUsing(endOfLine).WithLeadingTrivia(firstToken.LeadingTrivia);
        var rest = compilationUnit.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(endOfLine));
        return rest.WithUsings(rest.Usings.Add(directive));
    }

    private static BaseNamespaceDeclarationSyntax AddUsing(BaseNamespaceDeclarationSyntax namespaceDeclaration, SyntaxTrivia endOfLine)
        => namespaceDeclaration.WithUsings(InsertSorted(namespaceDeclaration.Usings, endOfLine));

    /// <summary>After global usings, before static and alias ones, in name order with System first if the file does so.</summary>
    private static SyntaxList<UsingDirectiveSyntax> InsertSorted(SyntaxList<UsingDirectiveSyntax> usings, SyntaxTrivia endOfLine)
    {
        var index = 0;
        var systemFirst = false;
        for (var i = 0; i < usings.Count; i++)
        {
            var existing = usings[i];
            if (existing.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            {
                index = i + 1;
                continue;
            }

            if (existing.Alias is not null || existing.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) || existing.Name is null)
            {
                break;
            }

            var name = existing.Name.ToString();
            systemFirst |= i == index && IsSystem(name);
            if ((systemFirst && IsSystem(name)) || string.Compare(name, WellKnownTypeNames.CatalogNamespace, StringComparison.OrdinalIgnoreCase) < 0)
            {
                index = i + 1;
                continue;
            }

            break;
        }

        var directive = NewUsing(endOfLine);
        if (index == 0)
        {
            // Taking the first place: take the leading trivia (header comments) with it.
            var first = usings[0];
            directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
            usings = usings.Replace(first, first.WithLeadingTrivia(Indentation(first)));
        }
        else
        {
            directive = directive.WithLeadingTrivia(Indentation(usings[index - 1]));
        }

        return usings.Insert(index, directive);
    }

    private static SyntaxTriviaList Indentation(SyntaxNode node)
    {
        var leading = node.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxTriviaList.Empty;
    }

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

    private static UsingDirectiveSyntax NewUsing(SyntaxTrivia endOfLine)
        => SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(WellKnownTypeNames.CatalogNamespace))
            .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
            .WithTrailingTrivia(endOfLine);

    /// <summary>The file's own line ending, else the one its options (.editorconfig end_of_line) ask for.</summary>
    private static async Task<SyntaxTrivia> EndOfLineAsync(Document document, SyntaxNode root, CancellationToken cancellationToken)
    {
        foreach (var trivia in root.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia;
            }
        }

        var options = await document.GetOptionsAsync(cancellationToken).ConfigureAwait(false);
        return SyntaxFactory.EndOfLine(options.GetOption(FormattingOptions.NewLine));
    }
}
