using System.Collections.Generic;

namespace Kms.Analyzers.Benchmarks;

internal sealed record SizeResult(int Files, int Lines, List<Run> Runs, List<Anatomy> Anatomies);
