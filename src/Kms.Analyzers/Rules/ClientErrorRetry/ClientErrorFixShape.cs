namespace Kms.Analyzers;

/// <summary>Where KMS008's fix puts the narrowing condition.</summary>
internal enum ClientErrorFixShape
{
    None,

    /// <summary><c>Handle&lt;T&gt;()</c> gets a predicate.</summary>
    HandleArgument,

    /// <summary><c>x is T</c> gets <c>&amp;&amp;</c> and the condition.</summary>
    TypeTest,

    /// <summary>A switch arm's type pattern gets a designation and a <c>when</c> clause.</summary>
    SwitchArm,

    /// <summary>A catch gets a <c>when</c> filter.</summary>
    CatchFilter,
}
