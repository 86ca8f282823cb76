using Kms.Analyzers.TestSupport;

namespace Kms.Analyzers.Benchmarks;

/// <summary>One analyzer's callbacks replayed on the plain files and on all files, and the same visits doing nothing.</summary>
internal sealed record Replay(ReplayResult Plain, ReplayResult PlainEmpty, ReplayResult All, ReplayResult AllEmpty)
{
    public double PlainOwnMs => Plain.Ms - PlainEmpty.Ms;

    public double AllOwnMs => All.Ms - AllEmpty.Ms;
}
