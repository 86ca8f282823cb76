namespace Kms.Analyzers;

/// <summary>How a decision answers "retry": by its value (a predicate), or by going round the loop (a catch).</summary>
internal enum DecisionMode
{
    Predicate,
    Loop,
}
