using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

// dotnet run -c Release --project eng/CorpusRun -- FOLDER [--show N] [--with-sdk] [--with-polly] [--admit-all]
// Compiles every .cs file under FOLDER (bin/, obj/ left out) against the framework and Kms.ErrorCodes (and the SDK
// stand-ins, Polly) and prints what each rule reports, AD0001 included. --admit-all heads each file with a comment
// that says "kms", so the gate lets every file through to every rule: a stress test of the rules themselves.
if (args.Length == 0 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CorpusRun FOLDER [--show N]");
    return 2;
}

var show = Array.IndexOf(args, "--show") is var at && at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1]) : 20;
var files = Directory.EnumerateFiles(args[0], "*.cs", SearchOption.AllDirectories)
    .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
    .OrderBy(f => f, StringComparer.Ordinal)
    .ToList();
var withSdk = args.Contains("--with-sdk");
var withPolly = args.Contains("--with-polly");
var admitAll = args.Contains("--admit-all");
var parse = new CSharpParseOptions(LanguageVersion.Latest);
var trees = files.AsParallel().AsOrdered().Select(f => CSharpSyntaxTree.ParseText((admitAll ? "// kms\n" : string.Empty) + File.ReadAllText(f), parse, f)).ToList();
// ASP.NET Core's shared framework too, where installed: controllers, route values and logging then bind as in the project.
var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var aspNetCore = Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Concat(Directory.Exists(aspNetCore) ? Directory.GetFiles(aspNetCore, "*.dll") : [])
    .Select(p => MetadataReference.CreateFromFile(p))
    .Append(MetadataReference.CreateFromFile(typeof(Kms.ErrorCodes.KmsErrorCodes).Assembly.Location))
    .Concat(withSdk ? [MetadataReference.CreateFromFile(typeof(HuaweiCloud.SDK.Kms.V2.KmsClient).Assembly.Location)] : [])
    .Concat(withPolly ? [MetadataReference.CreateFromFile(typeof(Polly.Policy).Assembly.Location), MetadataReference.CreateFromFile(typeof(Polly.ResiliencePipeline).Assembly.Location)] : []);
var compilation = CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

var exceptions = new ConcurrentBag<string>();
var options = new CompilationWithAnalyzersOptions(
    new AnalyzerOptions(default),
    (exception, analyzer, diagnostic) => exceptions.Add(analyzer.GetType().Name + ": " + exception.GetType().Name + ": " + exception.Message),
    concurrentAnalysis: true,
    logAnalyzerExecutionTime: false);
var diagnostics = compilation.WithAnalyzers(ExportedComponents.Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

var anonymousObjects = trees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<AnonymousObjectCreationExpressionSyntax>()).ToList();
var kmsFiles = files.Count(f => File.ReadAllText(f).Contains("kms", StringComparison.OrdinalIgnoreCase));
Console.WriteLine($"{files.Count} files, {trees.Sum(t => t.GetText().Lines.Count):N0} lines, {anonymousObjects.Count:N0} anonymous objects; {kmsFiles} files mention \"kms\" in any case.");

// The anonymous objects KMS004 asks for evidence: a member named as a KMS body's JSON name (KmsRequestNames.tsv).
var bodyNames = File.ReadLines(RepositoryPaths.Combine("src", "Kms.ErrorCodes", "KmsRequestNames.tsv"))
    .Where(line => line.Length > 0 && !line.StartsWith('#')).Skip(1).Select(line => line.Split('\t'))
    .ToDictionary(cells => cells[0], cells => cells[1] == "yes", StringComparer.Ordinal);
static string? MemberName(AnonymousObjectMemberDeclaratorSyntax member)
    => member.NameEquals?.Name.Identifier.ValueText ?? (member.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText ?? (member.Expression as IdentifierNameSyntax)?.Identifier.ValueText;
var named = anonymousObjects.Where(o => o.Initializers.Any(m => MemberName(m) is { } n && bodyNames.ContainsKey(n))).ToList();
var distinctive = named.Count(o => o.Initializers.Any(m => MemberName(m) is { } n && bodyNames.GetValueOrDefault(n)));
Console.WriteLine($"Anonymous objects with a KMS body name: {named.Count:N0} ({distinctive:N0} with a distinctive one); the names: "
    + string.Join(", ", named.SelectMany(o => o.Initializers.Select(MemberName)).Where(n => n is not null && bodyNames.ContainsKey(n)).GroupBy(n => n).OrderByDescending(g => g.Count()).Select(g => g.Key + " " + g.Count())));
Console.WriteLine("References: the runtime" + (Directory.Exists(aspNetCore) ? " and ASP.NET Core" : string.Empty) + " of this process" + (withSdk ? ", the SDK stand-ins" : string.Empty) + (withPolly ? ", Polly" : string.Empty) + (admitAll ? "; every file admitted." : "."));
// The retry decisions KMS003 and KMS008 read: Polly's Handle/Or, ShouldHandle, WithRetry, catches in loops.
var nodes = trees.SelectMany(t => t.GetRoot().DescendantNodes()).ToList();
var handles = nodes.OfType<GenericNameSyntax>().Count(n => n.Identifier.ValueText is "Handle" or "Or" or "HandleInner" or "OrInner");
var shouldHandles = nodes.OfType<IdentifierNameSyntax>().Count(n => n.Identifier.ValueText == "ShouldHandle");
var loopCatches = nodes.OfType<CatchClauseSyntax>().Count(c => c.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax));
Console.WriteLine($"Retry places: {handles:N0} generic Handle/Or calls, {shouldHandles:N0} ShouldHandle, {loopCatches:N0} catches inside for/while/do.");
Console.WriteLine($"Compiler errors (unresolved package references are expected): {compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error):N0}.");
foreach (var id in ExportedComponents.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal))
{
    Console.WriteLine($"{id}: {diagnostics.Count(d => d.Id == id)}");
}

Console.WriteLine($"AD0001 (analyzer exceptions): {exceptions.Count + diagnostics.Count(d => d.Id == "AD0001")}");
foreach (var line in exceptions.Distinct().Take(show))
{
    Console.WriteLine("  " + line);
}

foreach (var diagnostic in diagnostics.Take(show))
{
    Console.WriteLine("  " + diagnostic);
}

return diagnostics.IsEmpty && exceptions.IsEmpty ? 0 : 1;
