using System.Collections.Generic;

namespace Kms.Analyzers.Benchmarks;

internal sealed record Anatomy(int PlainFiles, Dictionary<string, double> PlainKmsMs, double PlainFloorMs, double PlainMirrorMs, long OperationTreeBytes, Dictionary<string, Replay> Replays, Replay ReplayAll);
