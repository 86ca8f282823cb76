using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>What a code means to the decision that contains it: which decision, and its answer for the code.</summary>
internal readonly struct RetryVerdict
{
    public RetryVerdict(SyntaxNode? owner, int answer)
    {
        Owner = owner;
        Answer = answer;
    }

    /// <summary>The decision the answer belongs to: a lambda, method, local function, property, variable or catch clause.</summary>
    public SyntaxNode? Owner { get; }

    /// <summary>+1: the decision answers "retry" for this code; -1: it answers "do not"; 0: cannot tell.</summary>
    public int Answer { get; }
}
