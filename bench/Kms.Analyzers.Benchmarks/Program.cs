using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Kms.Analyzers.Benchmarks;
using Kms.Analyzers.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// dotnet run -c Release --project bench/Kms.Analyzers.Benchmarks -- [--quick] [--sizes 500,1000,2000,4000] [--repetitions 3] [--no-peers]
//     [--real-builds 5] [--real-build-files 2000] [--real-build-only] [--output docs/performance.md]
var quick = args.Contains("--quick");
var sizes = Argument("--sizes")?.Split(',').Select(int.Parse).ToArray() ?? (quick ? new[] { 500 } : new[] { 500, 1000, 2000, 4000 });
var repetitions = int.Parse(Argument("--repetitions") ?? (quick ? "1" : "3"), CultureInfo.InvariantCulture);
var output = Argument("--output");
// The size at which the cost is taken apart (plain files alone, bytes per literal, operation trees); 2,000 is the target size.
var anatomySize = int.Parse(Argument("--anatomy-size") ?? (quick ? sizes[0].ToString(CultureInfo.InvariantCulture) : "2000"), CultureInfo.InvariantCulture);

// The real-build mode: the corpus built by the SDK with the packed package; off in quick mode (CI), 5 builds otherwise.
var realBuilds = int.Parse(Argument("--real-builds") ?? (quick ? "0" : "5"), CultureInfo.InvariantCulture);
var realBuildFiles = int.Parse(Argument("--real-build-files") ?? "2000", CultureInfo.InvariantCulture);
var realBuildSection = realBuilds > 0 ? RealBuild.Report(RealBuild.Run(RepositoryPaths.Root, realBuildFiles, realBuilds), realBuildFiles) : string.Empty;
if (args.Contains("--real-build-only"))
{
    Console.WriteLine(realBuildSection);
    return 0;
}

var references = References();
var kms = typeof(Kms.Analyzers.ErrorCodeLiteralAnalyzer).Assembly.GetTypes()
    .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
    .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
    .ToImmutableArray();
var floor = new Kms.Analyzers.Floor.FloorAnalyzer();
// --no-peers: a faster loop while optimising; the published figures always include the peers.
var peers = args.Contains("--no-peers") ? new List<Peer>() : LoadPeers();
Console.WriteLine($"KMS analyzers: {kms.Length}; peers: {string.Join(", ", peers.Select(p => $"{p.Package} ({p.Analyzers.Length})"))}");

// A discarded warm-up pass: JIT and first-use caches would otherwise be charged to the first size measured.
await MeasureAsync(CorpusGenerator.Generate(100, seed: 1), references, kms, floor, peers);

var results = new List<SizeResult>();
foreach (var size in sizes)
{
    var corpus = CorpusGenerator.Generate(size);
    var lines = corpus.Sum(f => f.Text.Count(c => c == '\n'));
    var runs = new List<Run>();
    var anatomies = new List<Anatomy>();
    for (var repetition = 0; repetition < repetitions; repetition++)
    {
        runs.Add(await MeasureAsync(corpus, references, kms, floor, peers));
        Console.WriteLine($"{size} files, run {repetition + 1}/{repetitions}: compiler {runs[^1].CompilerMs:F0} ms, KMS {runs[^1].KmsMs.Values.Sum():F0} ms, floor {runs[^1].FloorMs:F1} ms");
        if (size == anatomySize)
        {
            anatomies.Add(await AnatomyAsync(corpus, references, kms, floor, runs[^1].FloorBytes));
            Console.WriteLine($"{size} files, anatomy {repetition + 1}/{repetitions}: plain files KMS {anatomies[^1].PlainKmsMs.Values.Sum():F1} ms, floor {anatomies[^1].PlainFloorMs:F1} ms");
        }
    }

    results.Add(new SizeResult(size, lines, runs, anatomies));
}

var report = Report(results, kms, peers, repetitions, quick, realBuildSection);
if (output is not null)
{
    File.WriteAllText(output, report + KeptAnalysis(output));
    Console.WriteLine("wrote " + output);
}
else
{
    Console.WriteLine(report);
}

return 0;

string? Argument(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static async Task<Run> MeasureAsync(List<(string Path, string Text)> corpus, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> kms, DiagnosticAnalyzer floor, List<Peer> peers)
{
    // The compiler's own work: parse, bind, diagnose.
    var options = new CSharpParseOptions(LanguageVersion.Latest);
    var stopwatch = Stopwatch.StartNew();
    var trees = corpus.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, f.Path)).ToList();
    var compilation = Compile(trees, references);
    var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
    var compilerMs = stopwatch.Elapsed.TotalMilliseconds;
    if (errors > 0)
    {
        throw new InvalidOperationException("the corpus does not compile: " + compilation.GetDiagnostics().First(d => d.Severity == DiagnosticSeverity.Error));
    }

    // Everything together, concurrently, as in a build: each analyzer's own time from the driver's telemetry.
    var all = kms.Add(floor).AddRange(peers.SelectMany(p => p.Analyzers));
    var withAnalyzers = compilation.WithAnalyzers(all, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var times = new Dictionary<DiagnosticAnalyzer, double>();
    foreach (var analyzer in all)
    {
        times[analyzer] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds;
    }

    // Allocations: the KMS analyzers alone against the floor alone, each on trees parsed afresh (a tree's words are read once).
    var kmsBytes = await AllocatedAsync(corpus, references, kms);
    var floorBytes = await AllocatedAsync(corpus, references, ImmutableArray.Create(floor));
    return new Run(
        compilerMs,
        kms.ToDictionary(a => a.GetType().Name, a => times[a]),
        times[floor],
        peers.ToDictionary(p => p.Package, p => p.Analyzers.Select(a => times[a]).Where(t => t > 0).ToList()),
        kmsBytes,
        floorBytes,
        diagnostics.Count(d => d.Id.StartsWith("KMS", StringComparison.Ordinal)));
}

// Takes the cost apart: the KMS analyzers on plain files alone, their callbacks replayed on one thread (time
// and exact bytes), and what building operation trees alone would cost, against the floor.
static async Task<Anatomy> AnatomyAsync(List<(string Path, string Text)> corpus, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> kms, DiagnosticAnalyzer floor, long floorBytes)
{
    var plainCorpus = corpus.Where(f => !CorpusGenerator.UsesKms(f.Text)).ToList();
    var plainTrees = Parse(plainCorpus);
    var plain = Compile(plainTrees, references);
    plain.GetDiagnostics();

    var mirrors = kms.Select(a => EmptyActionAnalyzer.Mirror(a, plain)).ToImmutableArray<DiagnosticAnalyzer>();
    var analyzers = kms.Add(floor).AddRange(mirrors);
    var withAnalyzers = plain.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
    await withAnalyzers.GetAnalyzerDiagnosticsAsync();
    var plainKms = new Dictionary<string, double>();
    foreach (var analyzer in kms)
    {
        plainKms[analyzer.GetType().Name] = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default)).ExecutionTime.TotalMilliseconds;
    }

    var plainFloor = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(floor, default)).ExecutionTime.TotalMilliseconds;
    var mirrorMs = 0.0;
    foreach (var mirror in mirrors)
    {
        mirrorMs += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(mirror, default)).ExecutionTime.TotalMilliseconds;
    }

    var operationTreeBytes = await AllocatedAsync(corpus, references, ImmutableArray.Create<DiagnosticAnalyzer>(EmptyActionAnalyzer.OperationTrees()));

    // The callbacks replayed outside the driver, each analyzer alone and then all together (sharing what they bind),
    // each replay on a fresh compilation of freshly parsed trees, so that reading each file's words is counted.
    Replay ReplayOf(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        ReplayResult Run(List<(string Path, string Text)> files, bool doNothing)
        {
            var trees = Parse(files);
            return CallbackReplay.Run(analyzers, Compile(trees, references), trees, doNothing);
        }

        return new Replay(Run(plainCorpus, false), Run(plainCorpus, true), Run(corpus, false), Run(corpus, true));
    }

    var replays = kms.ToDictionary(a => a.GetType().Name, a => ReplayOf(ImmutableArray.Create(a)));
    return new Anatomy(plainTrees.Count, plainKms, plainFloor, mirrorMs, operationTreeBytes - floorBytes, replays, ReplayOf(kms));
}

static List<SyntaxTree> Parse(List<(string Path, string Text)> files)
    => files.Select(f => CSharpSyntaxTree.ParseText(f.Text, new CSharpParseOptions(LanguageVersion.Latest), f.Path)).ToList();

static Compilation Compile(List<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    => CSharpCompilation.Create("Corpus", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

static async Task<long> AllocatedAsync(List<(string Path, string Text)> corpus, ImmutableArray<MetadataReference> references, ImmutableArray<DiagnosticAnalyzer> analyzers)
{
    var compilation = Compile(Parse(corpus), references);
    GC.Collect();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    await compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
        new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false)).GetAnalyzerDiagnosticsAsync();
    return GC.GetTotalAllocatedBytes(precise: true) - before;
}

static ImmutableArray<MetadataReference> References()
{
    var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
    return trusted.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(Polly.Policy).Assembly.Location)
        .Append(typeof(Polly.ResiliencePipeline).Assembly.Location)
        .Append(typeof(Kms.ErrorCodes.KmsErrorCodes).Assembly.Location)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToImmutableArray();
}

static List<Peer> LoadPeers()
{
    var loader = new FolderAssemblyLoader();
    var peers = new List<Peer>();
    foreach (var metadata in typeof(EmptyActionAnalyzer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Where(m => m.Key.StartsWith("Peer:", StringComparison.Ordinal)))
    {
        var analyzers = Directory.GetFiles(metadata.Value!, "*.dll")
            .Where(f => !f.EndsWith("CodeFixes.dll", StringComparison.Ordinal) && !f.EndsWith("CodeFixers.dll", StringComparison.Ordinal))
            .SelectMany(f => new AnalyzerFileReference(f, loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
        peers.Add(new Peer(metadata.Key.Substring("Peer:".Length), analyzers));
    }

    return peers;
}

static string Report(List<SizeResult> results, ImmutableArray<DiagnosticAnalyzer> kms, List<Peer> peers, int repetitions, bool quick, string realBuildSection)
{
    var md = new StringBuilder();
    md.AppendLine("# Performance");
    md.AppendLine();
    md.AppendLine("What the KMS analyzers cost, measured against a do-nothing **floor** analyzer (it only visits every string");
    md.AppendLine("literal and every object creation), the **compiler**'s own work (parse, bind, diagnose) and **peer** analyzer");
    md.AppendLine("packages, on a generated corpus (about 105 lines a file, 3 % of files using KMS codes, the SDK's types, Polly");
    md.AppendLine("and retry loops). All analyzers run together, concurrently, as in a build; each analyzer's time is the");
    md.AppendLine("driver's own telemetry (`CompilationWithAnalyzers`, `logAnalyzerExecutionTime`). Times are medians of the");
    md.AppendLine($"repetitions (min–max in brackets), after a discarded warm-up pass; ratios compare figures of the same run, since");
    md.AppendLine("this machine is noisy.");
    md.AppendLine();
    md.AppendLine($"- Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}, host compiler Roslyn {typeof(Compilation).Assembly.GetName().Version}.");
    md.AppendLine($"- Run: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {repetitions} repetition(s){(quick ? " (quick mode)" : string.Empty)}.");
    md.AppendLine("- Reproduce: `dotnet run -c Release --project bench/Kms.Analyzers.Benchmarks -- --output docs/performance.md`");
    md.AppendLine($"- Peers: {string.Join(", ", peers.Select(p => $"{p.Package} ({p.Analyzers.Length} analyzers; those that ran count)"))}.");
    md.AppendLine();
    md.Append(realBuildSection);

    foreach (var result in results)
    {
        var kmsTotal = result.Runs.Select(r => r.KmsMs.Values.Sum()).ToList();
        var floorMs = result.Runs.Select(r => r.FloorMs).ToList();
        var compiler = result.Runs.Select(r => r.CompilerMs).ToList();
        var peerMedian = result.Runs.Select(r => Median(r.PeerMs.Values.SelectMany(v => v).ToList())).ToList();
        md.AppendLine($"## {result.Files:N0} files, {result.Lines:N0} lines");
        md.AppendLine();
        md.AppendLine("| measure | value |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| compiler (parse + bind + diagnostics) | {Ms(compiler)} |");
        md.AppendLine($"| KMS analyzers, all {kms.Length} together | {Ms(kmsTotal)} |");
        md.AppendLine($"| floor analyzer | {Ms(floorMs)} |");
        md.AppendLine($"| **KMS total / floor** | **{Ratio(result.Runs.Select(r => r.KmsMs.Values.Sum() / Math.Max(r.FloorMs, 0.001)).ToList())}** (target ≤ 1.5) |");
        md.AppendLine($"| **KMS total / compiler** | **{Percent(result.Runs.Select(r => r.KmsMs.Values.Sum() / r.CompilerMs).ToList())}** (target ≤ 2 %) |");
        md.AppendLine($"| peers' median time per analyzer | {Ms(peerMedian)} |");
        md.AppendLine($"| allocations, KMS analyzers alone / floor alone | {Bytes(result.Runs.Select(r => (double)r.KmsBytes).ToList())} / {Bytes(result.Runs.Select(r => (double)r.FloorBytes).ToList())} = {Ratio(result.Runs.Select(r => (double)r.KmsBytes / r.FloorBytes).ToList())} |");
        md.AppendLine($"| KMS diagnostics reported | {result.Runs[0].KmsDiagnostics:N0} |");
        md.AppendLine();
        md.AppendLine("| KMS analyzer | time | / peers' median per analyzer |");
        md.AppendLine("|---|---|---|");
        foreach (var analyzer in kms.Select(a => a.GetType().Name))
        {
            var times = result.Runs.Select(r => r.KmsMs[analyzer]).ToList();
            md.AppendLine($"| {analyzer} | {Ms(times)} | {Ratio(result.Runs.Select(r => r.KmsMs[analyzer] / Math.Max(Median(r.PeerMs.Values.SelectMany(v => v).ToList()), 0.001)).ToList())} |");
        }

        if (result.Anatomies.Count > 0)
        {
            AppendAnatomy(md, result, kms);
        }

        md.AppendLine();
        md.AppendLine("| peer package | analyzers that ran | total | median per analyzer |");
        md.AppendLine("|---|---|---|---|");
        foreach (var peer in peers)
        {
            md.AppendLine($"| {peer.Package} | {result.Runs[0].PeerMs[peer.Package].Count} | {Ms(result.Runs.Select(r => r.PeerMs[peer.Package].Sum()).ToList())} | {Ms(result.Runs.Select(r => Median(r.PeerMs[peer.Package])).ToList())} |");
        }

        md.AppendLine();
    }

    md.AppendLine("## Growth with size");
    md.AppendLine();
    md.AppendLine("Milliseconds per 1,000 files (medians): flat figures mean cost grows linearly with the code.");
    md.AppendLine();
    md.AppendLine("| files | compiler | KMS total | floor |");
    md.AppendLine("|---|---|---|---|");
    foreach (var result in results)
    {
        double PerThousand(Func<Run, double> measure) => Median(result.Runs.Select(measure).ToList()) * 1000 / result.Files;
        md.AppendLine($"| {result.Files:N0} | {PerThousand(r => r.CompilerMs):F0} | {PerThousand(r => r.KmsMs.Values.Sum()):F1} | {PerThousand(r => r.FloorMs):F1} |");
    }

    return md.ToString();
}

// The hand-written reading of the figures lives in the same file, below this marker, and survives a new run.
static string KeptAnalysis(string path)
{
    const string marker = "<!-- analysis: kept when the figures above are regenerated -->";
    var existing = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    var index = existing.IndexOf(marker, StringComparison.Ordinal);
    return index < 0 ? string.Empty : Environment.NewLine + existing.Substring(index);
}

static void AppendAnatomy(StringBuilder md, SizeResult result, ImmutableArray<DiagnosticAnalyzer> kms)
{
    var anatomies = result.Anatomies;
    md.AppendLine();
    md.AppendLine($"Where the cost is, at {result.Files:N0} files ({anatomies.Count} repetition(s)):");
    md.AppendLine();
    md.AppendLine("| measure | value |");
    md.AppendLine("|---|---|");
    md.AppendLine($"| the {anatomies[0].PlainFiles:N0} plain files alone (no KMS code): KMS analyzers, all together | {Ms(anatomies.Select(a => a.PlainKmsMs.Values.Sum()).ToList())} |");
    md.AppendLine($"| the plain files alone: floor | {Ms(anatomies.Select(a => a.PlainFloorMs).ToList())} |");
    md.AppendLine($"| **the plain files alone: KMS total / floor** | **{Ratio(anatomies.Select(a => a.PlainKmsMs.Values.Sum() / Math.Max(a.PlainFloorMs, 0.001)).ToList())}** |");
    md.AppendLine($"| the plain files alone: the KMS analyzers' own visits (one per file and analyzer), each doing nothing | {Ms(anatomies.Select(a => a.PlainMirrorMs).ToList())} |");
    md.AppendLine($"| **the plain files alone: KMS total / the same visits doing nothing** | **{Ratio(anatomies.Select(a => a.PlainKmsMs.Values.Sum() / Math.Max(a.PlainMirrorMs, 0.001)).ToList())}** |");
    foreach (var analyzer in kms.Select(a => a.GetType().Name))
    {
        md.AppendLine($"| the plain files alone: {analyzer} | {Ms(anatomies.Select(a => a.PlainKmsMs[analyzer]).ToList())} |");
    }

    md.AppendLine($"| the files that use KMS ({result.Files - anatomies[0].PlainFiles + 1:N0} with the SDK file): KMS total minus the plain files' | {Ms(anatomies.Select((a, i) => result.Runs[i].KmsMs.Values.Sum() - a.PlainKmsMs.Values.Sum()).ToList())} |");
    md.AppendLine($"| **bytes the KMS analyzers allocate per plain file, all together, its first reading included** | **{Spread(anatomies.Select(a => (double)a.ReplayAll.Plain.Bytes / a.PlainFiles).ToList(), v => v.ToString("F1", CultureInfo.InvariantCulture))}** over {anatomies[0].PlainFiles:N0} files (the gate's cache entry; no node visit) |");
    md.AppendLine($"| operation trees of every method body, built for an empty operation action: allocations beyond the floor's (what the rules no longer ask for) | {Bytes(anatomies.Select(a => (double)a.OperationTreeBytes).ToList())} |");

    md.AppendLine();
    md.AppendLine("The KMS analyzers' callbacks replayed outside the driver, on one thread (`CallbackReplay`): every tree walked");
    md.AppendLine("first, then only the calls timed; a fresh compilation per replay, so what the rules' semantic questions bind");
    md.AppendLine("is counted (alone, each analyzer binds for itself; together, as in a build, they share it). Own time = the");
    md.AppendLine("callbacks minus the same visits calling empty actions.");
    md.AppendLine();
    md.AppendLine("| KMS analyzer | callbacks, plain files | own time, plain files | bytes allocated, plain files | callbacks, all files | own time, all files |");
    md.AppendLine("|---|---|---|---|---|---|");
    foreach (var analyzer in kms.Select(a => a.GetType().Name))
    {
        AppendReplay(md, analyzer, anatomies.Select(a => a.Replays[analyzer]).ToList());
    }

    var together = anatomies.Select(a => a.ReplayAll).ToList();
    AppendReplay(md, $"**all {kms.Length} together**", together);
    md.AppendLine();
    md.AppendLine("| measure | value |");
    md.AppendLine("|---|---|");
    md.AppendLine($"| plain files: own time per callback, all together | {Spread(together.Select(r => r.PlainOwnMs * 1e6 / r.Plain.Calls).ToList(), v => v.ToString("F0", CultureInfo.InvariantCulture) + " ns")} |");
    md.AppendLine($"| plain files: own time, all together / the floor's telemetry on the same files | {Ratio(anatomies.Select(a => a.ReplayAll.PlainOwnMs / Math.Max(a.PlainFloorMs, 0.001)).ToList())} |");
    md.AppendLine($"| **all files: own time, all together / compiler** | **{Percent(anatomies.Select((a, i) => a.ReplayAll.AllOwnMs / result.Runs[i].CompilerMs).ToList())}** |");
}

static void AppendReplay(StringBuilder md, string name, List<Replay> replays)
    => md.AppendLine($"| {name} | {replays[0].Plain.Calls:N0} | {Ms(replays.Select(r => r.PlainOwnMs).ToList())} | {Spread(replays.Select(r => (double)r.Plain.Bytes).ToList(), v => v.ToString("N0", CultureInfo.InvariantCulture))} | {replays[0].All.Calls:N0} | {Ms(replays.Select(r => r.AllOwnMs).ToList())} |");

static double Median(List<double> values)
{
    if (values.Count == 0)
    {
        return 0;
    }

    var sorted = values.OrderBy(v => v).ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string Spread(List<double> values, Func<double, string> format)
    => values.Count > 1 ? $"{format(Median(values))} [{format(values.Min())}–{format(values.Max())}]" : format(Median(values));

static string Ms(List<double> values) => Spread(values, v => v.ToString(v < 10 ? "F2" : "F0", CultureInfo.InvariantCulture) + " ms");

static string Ratio(List<double> values) => Spread(values, v => v.ToString("F2", CultureInfo.InvariantCulture) + "×");

static string Percent(List<double> values) => Spread(values, v => (v * 100).ToString("F2", CultureInfo.InvariantCulture) + " %");

static string Bytes(List<double> values) => Spread(values, v => (v / (1024 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MB");
