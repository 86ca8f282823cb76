using System.Runtime.CompilerServices;

namespace Kms.Analyzers;

/// <summary>How the runtime compiles code that a build runs hot from its first call.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, unnamed in netstandard2.0. The compiler server loads analyzers
    /// afresh per compilation, so per-character and per-node code would run unoptimized almost to the end of a build.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
