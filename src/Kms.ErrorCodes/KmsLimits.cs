using System;

namespace Kms.ErrorCodes;

// The limits themselves are generated from KmsRequestLimits.tsv. Here: the constants of 0.1.0 whose meaning the
// current API reference changed, kept so that code using them still compiles.
static partial class KmsLimits
{
    /// <summary>0.1.0 read "must be 512 bits" from an old error message; the API accepts 8 to 8192 bits, a multiple of 8.</summary>
    [Obsolete("random_data_length accepts " + nameof(RandomDataLengthMin) + " to " + nameof(RandomDataLengthMax) + " bits, a multiple of " + nameof(RandomDataLengthMultiple) + "; 512 is only an example. Use those.")]
    public const int RandomDataLength = 512;

    /// <summary>0.1.0 read "must be 64 bytes" from an old error message; the API accepts 1 to 1024 bytes.</summary>
    [Obsolete("datakey_plain_length accepts " + nameof(DatakeyPlainLengthMin) + " to " + nameof(DatakeyPlainLengthMax) + " bytes; 64 is only an example. Use those.")]
    public const int DatakeyPlainLength = 64;

    /// <summary>0.1.0 read "must be 64 bytes" from an old error message; the API accepts 1 to 1024 bytes.</summary>
    [Obsolete("datakey_cipher_length accepts " + nameof(DatakeyCipherLengthMin) + " to " + nameof(DatakeyCipherLengthMax) + " bytes; 64 is only an example. Use those.")]
    public const int DatakeyCipherLength = 64;

    /// <summary>The length of a key ID. A <c>key_id</c> may also be an alias standing in for the key ID.</summary>
    [Obsolete("A key_id may be a key ID (36 characters) or an alias standing in for it: " + nameof(KeyAliasMinLength) + " to " + nameof(KeyAliasMaxLength) + " characters. Use those.")]
    public const int KeyIdLength = 36;
}
