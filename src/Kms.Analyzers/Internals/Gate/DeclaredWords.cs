using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Kms.ErrorCodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// The words a compilation's files declare for others, from their declarations alone: the types that hold code or
/// JSON-name constants, JSON-named properties, global using aliases and <c>using static</c> constants of KMS types.
/// </summary>
internal sealed class DeclaredWords
{
    private DeclaredWords(WordTable words, bool kmsNamespaceImportedGlobally)
    {
        Table = words.Count == 0 ? null : words;
        KmsNamespaceImportedGlobally = kmsNamespaceImportedGlobally;
    }

    /// <summary>The declared words, or null when the compilation declares none.</summary>
    public WordTable? Table { get; }

    /// <summary>Whether a <c>global using</c> imports a KMS namespace, so other files name its bodies without "Kms".</summary>
    public bool KmsNamespaceImportedGlobally { get; }

    /// <summary>
    /// The words of <paramref name="trees"/>, less those <paramref name="isRuleWord"/> admits a file by anyway. Only
    /// the files whose text has a <see cref="WordKinds.MayDeclare"/> word are walked; every file's text is read here
    /// once (<see cref="TreeWords"/>), as the gate would read it anyway.
    /// </summary>
    public static DeclaredWords Collect(ImmutableArray<SyntaxTree> trees, System.Func<string, bool> isRuleWord, CancellationToken cancellationToken)
    {
        var collector = new Collector(isRuleWord);
        foreach (var tree in trees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((TreeWords.Of(tree) & WordKinds.MayDeclare) == 0)
            {
                continue; // no const, global using or JSON name attribute: nothing to declare
            }

            var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
            collector.AddUsings(root.Usings);
            collector.AddMembers(root.Members, containingType: null);
        }

        collector.AddConstantsImportedGlobally();
        return new DeclaredWords(collector.Words, collector.KmsNamespaceImported);
    }

    private sealed class Collector
    {
        private readonly System.Func<string, bool> isRuleWord;

        public Collector(System.Func<string, bool> isRuleWord) => this.isRuleWord = isRuleWord;

        private readonly Dictionary<string, List<string>> constantsByType = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> typesImportedGlobally = new(System.StringComparer.Ordinal);

        public WordTable Words { get; } = new();

        public bool KmsNamespaceImported { get; private set; }

        public void AddUsings(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.None) || directive.Name is not { } name)
                {
                    continue;
                }

                if (!directive.StaticKeyword.IsKind(SyntaxKind.None) && directive.Alias is null && SyntaxNames.LastName(name) is { } typeName)
                {
                    typesImportedGlobally.Add(typeName); // its constants may then be named bare in every file
                }

                if (!ContainsKms(name.ToString()))
                {
                    continue;
                }

                if (directive.Alias is { } alias)
                {
                    Add(alias.Name.Identifier.ValueText);
                }
                else if (directive.StaticKeyword.IsKind(SyntaxKind.None))
                {
                    KmsNamespaceImported = true;
                }
                else if (SyntaxNames.LastName(name) == nameof(KmsErrorCodes))
                {
                    foreach (var error in KmsErrorCatalog.All)
                    {
                        Add(error.ConstantName);
                    }
                }
            }
        }

        public void AddMembers(SyntaxList<MemberDeclarationSyntax> members, string? containingType)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax namespaceDeclaration:
                        AddUsings(namespaceDeclaration.Usings);
                        AddMembers(namespaceDeclaration.Members, null);
                        break;

                    case TypeDeclarationSyntax type:
                        if (type.ParameterList is { } parameters)
                        {
                            foreach (var parameter in parameters.Parameters)
                            {
                                if (HasRequestJsonName(parameter.AttributeLists))
                                {
                                    Add(parameter.Identifier.ValueText); // a record's positional property
                                }
                            }
                        }

                        AddMembers(type.Members, type.Identifier.ValueText);
                        break;

                    case FieldDeclarationSyntax field when containingType is not null && field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (variable.Initializer is { Value: var value } && MayHoldRuleWord(value))
                            {
                                Add(containingType); // used elsewhere as Type.Name, or where a using static names Type
                                if (!constantsByType.TryGetValue(containingType, out var names))
                                {
                                    constantsByType.Add(containingType, names = new List<string>());
                                }

                                names.Add(variable.Identifier.ValueText);
                            }
                        }

                        break;

                    case PropertyDeclarationSyntax property when HasRequestJsonName(property.AttributeLists):
                        Add(property.Identifier.ValueText);
                        break;
                }
            }
        }

        /// <summary><c>global using static Codes;</c>: the constants of Codes are then named without it anywhere.</summary>
        public void AddConstantsImportedGlobally()
        {
            foreach (var type in typesImportedGlobally)
            {
                if (constantsByType.TryGetValue(type, out var names))
                {
                    foreach (var name in names)
                    {
                        Add(name);
                    }
                }
            }
        }

        private void Add(string word)
        {
            if (!isRuleWord(word))
            {
                Words.Add(word, WordKinds.DeclaredInCompilation);
            }
        }

        /// <summary>A constant's value that may be a code or a distinctive request JSON name; one folded from other names may be anything.</summary>
        private static bool MayHoldRuleWord(ExpressionSyntax value)
            => value is not LiteralExpressionSyntax literal
               || (literal.IsKind(SyntaxKind.StringLiteralExpression) && (ContainsKms(literal.Token.ValueText) || RuleWords.IsKmsWord(literal.Token.ValueText)));

        /// <summary>A <c>[JsonPropertyName]</c> / <c>[JsonProperty]</c> whose name is a distinctive request JSON name, or is not a literal.</summary>
        private static bool HasRequestJsonName(SyntaxList<AttributeListSyntax> attributeLists)
        {
            foreach (var list in attributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (!RuleWords.IsJsonNameAttribute(SyntaxNames.LastName(attribute.Name)) || attribute.ArgumentList is null)
                    {
                        continue;
                    }

                    foreach (var argument in attribute.ArgumentList.Arguments)
                    {
                        if (argument.Expression is not LiteralExpressionSyntax literal || RuleWords.IsKmsWord(literal.Token.ValueText))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static bool ContainsKms(string text) => text.IndexOf("kms", System.StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
