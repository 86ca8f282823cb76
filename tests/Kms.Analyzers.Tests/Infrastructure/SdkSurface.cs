using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kms.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real SDK's public surface (Data/api-surface.txt, release 3.1.207) and the stand-ins' surface in the
/// same form, a type line and its members indented below, compared line by line.
/// </summary>
public static class SdkSurface
{
    private static readonly SymbolDisplayFormat ShortType = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    private static readonly SymbolDisplayFormat FullType = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>The real SDK's listing: type line → member lines.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Real { get; } = Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "api-surface.txt")));

    /// <summary>The whole listing as text, to ask whether a type the listing does not list is at least named by it.</summary>
    public static string RealText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "api-surface.txt"));

    public static IReadOnlyDictionary<string, HashSet<string>> Parse(IEnumerable<string> lines)
    {
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? members = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                members!.Add(line.Trim());
            }
            else
            {
                types.Add(line, members = new HashSet<string>(StringComparer.Ordinal));
            }
        }

        return types;
    }

    /// <summary>The public surface of <paramref name="sources"/>, in the listing's form, for the namespaces under HuaweiCloud.SDK.</summary>
    /// <remarks>With <paramref name="mustCompile"/> off, a changed stand-in that no longer compiles is still read: its declarations are what counts.</remarks>
    public static IReadOnlyDictionary<string, HashSet<string>> Of(IEnumerable<(string Name, string Source)> sources, bool mustCompile = true)
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var compilation = CSharpCompilation.Create(
            "StandIns",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, new CSharpParseOptions(LanguageVersion.CSharp7_3), s.Name)),
            trusted.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (mustCompile && errors.Count > 0)
        {
            throw new InvalidOperationException("The stand-ins do not compile: " + string.Join(Environment.NewLine, errors));
        }

        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in PublicTypes(compilation.GlobalNamespace))
        {
            if (type.ToDisplayString(FullType).StartsWith("HuaweiCloud.SDK.", StringComparison.Ordinal))
            {
                types.Add(TypeLine(type), new HashSet<string>(type.GetMembers().Where(IsListed).Select(MemberLine), StringComparer.Ordinal));
            }
        }

        return types;
    }

    /// <summary>
    /// What of <paramref name="standIns"/> the real SDK does not have: a type it does not list (unless the listing names it,
    /// as it names the responses and Client in signatures), or a member it does not list for that type.
    /// </summary>
    public static List<string> NotInRealSdk(IReadOnlyDictionary<string, HashSet<string>> standIns)
    {
        var problems = new List<string>();
        foreach (var (typeLine, members) in standIns)
        {
            if (Real.TryGetValue(typeLine, out var realMembers))
            {
                problems.AddRange(members.Where(m => !realMembers.Contains(m)).Select(m => typeLine + " has no member: " + m));
            }
            else if (Real.Keys.Any(real => NameOf(real) == NameOf(typeLine)))
            {
                problems.Add("declared otherwise in the SDK: " + typeLine + " (the SDK: " + Real.Keys.First(real => NameOf(real) == NameOf(typeLine)) + ")");
            }
            else if (!RealText.Contains(SimpleName(typeLine), StringComparison.Ordinal))
            {
                problems.Add("not a type of the SDK: " + typeLine);
            }
        }

        return problems;
    }

    private static IEnumerable<INamedTypeSymbol> PublicTypes(INamespaceOrTypeSymbol container)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol ns)
            {
                foreach (var type in PublicTypes(ns))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public } type)
            {
                yield return type;
                foreach (var nested in PublicTypes(type))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string TypeLine(INamedTypeSymbol type)
    {
        var kind = type.TypeKind == TypeKind.Interface ? "interface"
            : type.IsStatic ? "static class"
            : type.IsAbstract ? "abstract class"
            : "class";
        var baseType = type.BaseType is { SpecialType: not SpecialType.System_Object } b && type.TypeKind != TypeKind.Interface
            ? " : " + b.ToDisplayString(FullType)
            : string.Empty;
        return kind + " " + type.ToDisplayString(FullType) + baseType;
    }

    private static bool IsListed(ISymbol member)
        => member.DeclaredAccessibility == Accessibility.Public
           && member is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.StaticConstructor };

    private static string MemberLine(ISymbol member)
    {
        var modifiers = (member.IsStatic ? "static " : string.Empty)
            + (member is IFieldSymbol { IsReadOnly: true } ? "readonly " : string.Empty)
            + (member.IsVirtual ? "virtual " : string.Empty)
            + (member.IsOverride ? "override " : string.Empty)
            + (member.IsAbstract && member.ContainingType.TypeKind != TypeKind.Interface ? "abstract " : string.Empty);
        return member switch
        {
            INamedTypeSymbol nested => nested.Name,
            IPropertySymbol property => modifiers + Short(property.Type) + " " + property.Name + " {" + (property.GetMethod is { DeclaredAccessibility: Accessibility.Public } ? " get;" : string.Empty) + (property.SetMethod is { DeclaredAccessibility: Accessibility.Public } ? " set;" : string.Empty) + " }",
            IFieldSymbol field => modifiers + Short(field.Type) + " " + field.Name,
            IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => constructor.ContainingType.Name + Parameters(constructor),
            IMethodSymbol method => modifiers + Short(method.ReturnType) + " " + method.Name + Parameters(method),
            _ => member.ToDisplayString(),
        };
    }

    private static string Parameters(IMethodSymbol method) => "(" + string.Join(", ", method.Parameters.Select(p => Short(p.Type) + " " + p.Name)) + ")";

    private static string Short(ITypeSymbol type) => type.ToDisplayString(ShortType);

    private static string NameOf(string typeLine) => typeLine.Split(' ').First(word => word.StartsWith("HuaweiCloud.", StringComparison.Ordinal));

    private static string SimpleName(string typeLine)
    {
        var name = NameOf(typeLine);
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        name = generic < 0 ? name : name.Substring(0, generic);
        return name.Substring(name.LastIndexOf('.') + 1);
    }
}
