namespace Kms.Analyzers;

/// <summary>How KMS003's fix takes a code out of a retry decision.</summary>
internal enum RetryFixKind
{
    None,

    /// <summary>Remove the code from a list of several.</summary>
    RemoveElement,

    /// <summary>Replace <c>a or b</c> / <c>a || b</c> by the other side.</summary>
    KeepOtherOperand,

    /// <summary>Remove one <c>case</c> label of several.</summary>
    RemoveCaseLabel,

    /// <summary>Replace the check by <c>KmsErrorCatalog.IsTransient(tested)</c>.</summary>
    UseIsTransient,
}
