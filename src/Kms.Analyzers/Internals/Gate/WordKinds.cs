namespace Kms.Analyzers;

/// <summary>What a word found in a file says about it.</summary>
[System.Flags]
internal enum WordKinds : byte
{
    None = 0,

    /// <summary>A word that can matter without the SDK: "kms" in any case, a distinctive KMS request JSON name.</summary>
    Kms = 1,

    /// <summary>A name that matters only when the compilation has the HuaweiCloud SDK: ErrorCode, WithRetry, a body property.</summary>
    Sdk = 2,

    /// <summary>
    /// An SDK body property as generic as <c>Key</c>, <c>Value</c> or <c>Name</c>: it matters only where the file, or a
    /// global using, names a KMS namespace.
    /// </summary>
    GenericSdk = 4,

    /// <summary>A word the compilation's own files declare (the type of a code constant, a JSON-named property, an alias).</summary>
    DeclaredInCompilation = 8,

    /// <summary>
    /// A word without which a file declares nothing for <see cref="DeclaredWords"/> (<c>const</c>, <c>global</c>, a JSON
    /// name attribute): it admits no file, it only spares the walk of the declarations of every file that lacks it.
    /// </summary>
    MayDeclare = 16,
}
