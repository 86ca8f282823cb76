using System.Runtime.CompilerServices;

namespace Kms.Analyzers;

/// <summary>How the runtime compiles code that a build runs hot from its first call.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c>, which netstandard2.0 does not name (a runtime without it ignores
    /// the bit): the method is compiled optimized at its first call instead of starting at tier 0. The compiler server
    /// loads the analyzers afresh for every compilation, and a build reads each file once, visits each admitted file's
    /// nodes once per rule and enumerates each file's option keys once, so that code would otherwise run mostly
    /// unoptimized, replaced only when the build is nearly over. Only for the code that runs per character, node or
    /// key: the flag makes every first call cost a full compilation.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
