using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Kms.Analyzers.TestSupport;

namespace Kms.Analyzers.Benchmarks;

/// <summary>
/// The cost as a user meets it: the corpus as a net10.0 project with the packed package and the floor
/// analyzer, built by the real SDK with csc's per-analyzer report.
/// </summary>
internal static class RealBuild
{
    private const string KmsAssembly = "Kms.Analyzers";
    private const string FloorAssembly = "Kms.Analyzers.Floor";

    // csc's table: "   0.066   11   Kms.Analyzers, Version=…" for an assembly, "      0.017    2      Kms.Analyzers.X (KMS001)" for an analyzer.
    private static readonly Regex ReportLine = new(@"^\s+(?<seconds>\d+\.\d+)\s+(<1|\d+)(?<indent>\s+)(?<name>\S.*)$", RegexOptions.Compiled);

    public static List<RealBuildRun> Run(string repositoryRoot, int files, int builds)
    {
        var work = Path.Combine(Path.GetTempPath(), "kms-real-build-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            // A private package cache: a re-packed 0.1.0 must not be served from an older cache.
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
            var feed = Path.Combine(work, "feed");
            foreach (var project in new[] { "src/Kms.ErrorCodes/Kms.ErrorCodes.csproj", "src/Kms.Analyzers.Package/Kms.Analyzers.Package.csproj" })
            {
                Dotnet(environment, repositoryRoot, "pack", Path.Combine(repositoryRoot, project), "-c", "Release", "-o", feed, "-v", "quiet", "-nologo");
            }

            var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "Kms.Analyzers.*.nupkg").Single()).Substring("Kms.Analyzers.".Length);
            // The corpus with and without the package, and its plain files alone with it; each project restored once.
            var projects = Enum.GetValues<RealBuildProject>();
            var apps = new Dictionary<RealBuildProject, string>();
            foreach (var project in projects)
            {
                apps[project] = Path.Combine(work, project.ToString());
                WriteProject(apps[project], feed, version, files, project);
                Dotnet(environment, apps[project], "restore", "-nologo", "-v", "quiet");
            }

            var runs = new List<RealBuildRun>();
            for (var build = 0; build < builds; build++)
            {
                // In turn, so drift in the machine's speed falls on every project alike.
                foreach (var project in projects)
                {
                    var stopwatch = Stopwatch.StartNew();
                    var log = Dotnet(environment, apps[project], "build", "--no-incremental", "--no-restore", "-nologo", "-v:d", "-p:ReportAnalyzer=true");
                    runs.Add(Parse(log, stopwatch.Elapsed.TotalSeconds, project));
                    Console.WriteLine($"real build {build + 1}/{builds} {project}: {runs[^1].WallSeconds:F1} s wall, analyzers {runs[^1].AllAnalyzersSeconds:F2} s, KMS {Kms(runs[^1]):F3} s, floor {Floor(runs[^1]):F3} s");
                }
            }

            return runs;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void WriteProject(string app, string feed, string version, int files, RealBuildProject project)
    {
        var corpus = Path.Combine(app, "Corpus");
        Directory.CreateDirectory(corpus);
        foreach (var (path, text) in CorpusGenerator.Generate(files))
        {
            // The plain files alone keep the SDK stand-ins, as a project that references the SDK but rarely calls it.
            if (project != RealBuildProject.PlainFilesWithKms || !CorpusGenerator.UsesKms(text))
            {
                File.WriteAllText(Path.Combine(corpus, path.Replace('/', '_')), text);
            }
        }

        var withKms = project != RealBuildProject.WithoutKms;

        var floor = typeof(Kms.Analyzers.Floor.FloorAnalyzer).Assembly.Location;
        File.WriteAllText(Path.Combine(app, "RealBuild.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>disable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <NoWarn>$(NoWarn);CS0436</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Polly" Version="8.9.1" />
                <PackageReference Include="Newtonsoft.Json" Version="13.0.4" />
                <PackageReference Include="Kms.ErrorCodes" Version="{version}" />
                {(withKms ? $"<PackageReference Include=\"Kms.Analyzers\" Version=\"{version}\" />" : string.Empty)}
                <Analyzer Include="{floor}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="kms-analyzers-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>csc's analyzer table of the build's one compilation.</summary>
    private static RealBuildRun Parse(string log, double wallSeconds, RealBuildProject project)
    {
        double? total = null;
        var analyzers = new List<ReportedAnalyzer>();
        string? assembly = null;
        var inAnalyzerTable = false;
        foreach (var line in log.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Total analyzer execution time:", StringComparison.Ordinal))
            {
                total = double.Parse(trimmed.Split(' ')[4], CultureInfo.InvariantCulture);
            }
            else if (trimmed.StartsWith("Time (s)", StringComparison.Ordinal))
            {
                inAnalyzerTable = trimmed.EndsWith("Analyzer", StringComparison.Ordinal);
            }
            else if (inAnalyzerTable && ReportLine.Match(line) is { Success: true } match)
            {
                var name = match.Groups["name"].Value.Trim();
                var seconds = double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture);
                if (match.Groups["indent"].Value.Length <= 3)
                {
                    assembly = name.Split(',')[0];
                }
                else if (assembly is not null)
                {
                    analyzers.Add(new ReportedAnalyzer(assembly, name, seconds));
                }
            }
        }

        if (total is null || analyzers.Count == 0)
        {
            throw new InvalidOperationException("the build printed no analyzer report:\n" + string.Join('\n', log.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(20)));
        }

        return new RealBuildRun(wallSeconds, total.Value, analyzers, project);
    }

    private static string Dotnet(Dictionary<string, string> environment, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{string.Join('\n', output.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).Take(20))}\n{error.Result}");
        }

        return output;
    }

    /// <summary>The report's section: per build, the analyzers' time, the package's, each KMS analyzer's and its rank, the floor's, the wall times.</summary>
    public static string Report(List<RealBuildRun> runs, int files)
    {
        var md = new StringBuilder();
        md.AppendLine($"## In a real build: {files:N0} files, `dotnet build --no-incremental -p:ReportAnalyzer=true`");
        md.AppendLine();
        md.AppendLine("The corpus as a net10.0 project (the SDK's default analyzers on, Polly and Newtonsoft.Json referenced),");
        md.AppendLine("Kms.Analyzers from its packed package and the floor analyzer in the same build; times are csc's own report.");
        md.AppendLine("Each build with the package is followed by one without it, for the wall time.");
        md.AppendLine();
        md.AppendLine("| build | all analyzers | Kms.Analyzers | share | / floor | floor | KMS analyzers (rank of all) | wall, with / without |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        var with = Of(runs, RealBuildProject.WithKms);
        var without = Of(runs, RealBuildProject.WithoutKms);
        for (var i = 0; i < with.Count; i++)
        {
            md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Row(i, with[i])} {with[i].WallSeconds:F1} s / {(i < without.Count ? without[i].WallSeconds : double.NaN):F1} s |"));
        }

        md.AppendLine();
        md.AppendLine($"Analyzers in csc's report (those that ran): {with.FirstOrDefault()?.Analyzers.Count ?? 0}; the 20th most expensive took {Twentieth(with.FirstOrDefault()):F3} s in build 1.");
        md.AppendLine(Best(with));
        md.AppendLine();
        var plain = Of(runs, RealBuildProject.PlainFilesWithKms);
        if (plain.Count > 0)
        {
            md.AppendLine("The plain files alone: the same corpus less the files that use KMS (the SDK stand-ins kept), with the package,");
            md.AppendLine("built after each pair above.");
            md.AppendLine();
            md.AppendLine("| build | all analyzers | Kms.Analyzers | share | / floor | floor | KMS analyzers (rank of all) | wall |");
            md.AppendLine("|---|---|---|---|---|---|---|---|");
            for (var i = 0; i < plain.Count; i++)
            {
                md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{Row(i, plain[i])} {plain[i].WallSeconds:F1} s |"));
            }

            md.AppendLine();
            md.AppendLine(Best(plain));
            md.AppendLine();
        }

        return md.ToString();
    }

    /// <summary>
    /// The best of the builds, since a build's figures move with the machine: the lowest share and ratio to the
    /// floor, and each KMS analyzer's furthest-down rank (#1 is the most expensive).
    /// </summary>
    private static string Best(List<RealBuildRun> runs)
    {
        if (runs.Count == 0)
        {
            return string.Empty;
        }

        var share = runs.Min(r => Kms(r) / r.AllAnalyzersSeconds);
        var ratio = runs.Min(PerFloor);
        var ranks = runs.SelectMany(r => r.Analyzers.Where(a => a.Assembly == KmsAssembly).Select(a => (Name: ShortName(a.Name), Rank: r.Rank(a))))
            .GroupBy(a => a.Name)
            .Select(g => (Name: g.Key, Rank: g.Max(a => a.Rank)))
            .OrderBy(a => a.Rank)
            .Select(a => $"{a.Name} #{a.Rank}");
        return string.Create(CultureInfo.InvariantCulture, $"Best of the {runs.Count} builds: share {100 * share:F1} %, {ratio:F1}× the floor; each KMS analyzer furthest down: {string.Join(", ", ranks)}.");
    }

    private static double Kms(RealBuildRun run) => run.Seconds(a => a.Assembly == KmsAssembly);

    private static double Floor(RealBuildRun run) => run.Seconds(a => a.Assembly == FloorAssembly);

    /// <summary>The package's time over the floor's in the same build; not a number where the floor did not run.</summary>
    private static double PerFloor(RealBuildRun run) => Floor(run) > 0 ? Kms(run) / Floor(run) : double.NaN;

    private static List<RealBuildRun> Of(List<RealBuildRun> runs, RealBuildProject project) => runs.Where(r => r.Project == project).ToList();

    /// <summary>A build's row up to its wall time: all analyzers, the package, its share and ratio to the floor, each KMS analyzer and its rank.</summary>
    private static string Row(int index, RealBuildRun run)
    {
        var kms = Kms(run);
        var each = string.Join(", ", run.Analyzers.Where(a => a.Assembly == KmsAssembly).OrderByDescending(a => a.Seconds)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{ShortName(a.Name)} {a.Seconds:F3} s (#{run.Rank(a)})")));
        return string.Create(CultureInfo.InvariantCulture,
            $"| {index + 1} | {run.AllAnalyzersSeconds:F2} s | {kms:F3} s | {100 * kms / run.AllAnalyzersSeconds:F1} % | {PerFloor(run):F1}× | {Floor(run):F3} s | {each} |");
    }

    private static double Twentieth(RealBuildRun? run)
        => run is null || run.Analyzers.Count < 20 ? double.NaN : run.Analyzers.OrderByDescending(a => a.Seconds).ElementAt(19).Seconds;

    private static string ShortName(string name) => name.Split(' ')[0].Replace("Kms.Analyzers.", string.Empty, StringComparison.Ordinal);
}
