namespace Kms.ErrorCodes;

// The public faces of the catalog types. Kept apart from their logic, which the analyzer compiles
// in as internal types so that it never loads Kms.ErrorCodes.dll.

/// <summary>
/// One constant per Huawei Cloud KMS error code, named after what the code means: compare
/// <c>ServiceResponseException.ErrorCode</c> with <c>KmsErrorCodes.InvalidKeyId</c>, not with <c>"KMS.0205"</c>.
/// The values are <c>const</c>, so they work in <c>switch</c> cases, patterns and attribute arguments.
/// </summary>
public static partial class KmsErrorCodes
{
}

/// <summary>What the service documents about every error code, and ordinal look-ups of it.</summary>
public static partial class KmsErrorCatalog
{
}

/// <summary>One KMS error code and what the service documents about it.</summary>
public partial class KmsError
{
}

/// <summary>The request limits KMS documents; values outside them are rejected with the code each names.</summary>
public static partial class KmsLimits
{
}
