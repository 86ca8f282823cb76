using System;
using System.Collections.Generic;
using System.Linq;

namespace Kms.Analyzers.Benchmarks;

/// <summary>One `dotnet build --no-incremental -p:ReportAnalyzer=true` of a corpus project.</summary>
internal sealed record RealBuildRun(double WallSeconds, double AllAnalyzersSeconds, List<ReportedAnalyzer> Analyzers, RealBuildProject Project)
{
    public double Seconds(Func<ReportedAnalyzer, bool> which) => Analyzers.Where(which).Sum(a => a.Seconds);

    /// <summary>1-based rank of an analyzer among all analyzers of the build, by time.</summary>
    public int Rank(ReportedAnalyzer analyzer) => Analyzers.Count(a => a.Seconds > analyzer.Seconds) + 1;
}
