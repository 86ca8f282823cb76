using System.Collections.Generic;

namespace Kms.Analyzers.Benchmarks;

internal sealed record Run(double CompilerMs, Dictionary<string, double> KmsMs, double FloorMs, Dictionary<string, List<double>> PeerMs, long KmsBytes, long FloorBytes, int KmsDiagnostics);
