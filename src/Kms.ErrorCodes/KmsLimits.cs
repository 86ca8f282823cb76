namespace Kms.ErrorCodes
{
    // Accessibility comes from PublicApi.cs in Kms.ErrorCodes; the analyzer links this file and keeps it internal.
    // Source: the HuaweiCloud .NET SDK model docs and the KMS error-code table (shared/kms-parameters.md).
    static partial class KmsLimits
    {
        /// <summary>Fewest days of <c>pending_days</c> (schedule key deletion); fewer is <c>KMS.1401</c>.</summary>
        public const int PendingDaysMin = 7;

        /// <summary>Most days of <c>pending_days</c> (schedule key deletion); more is <c>KMS.1401</c>.</summary>
        public const int PendingDaysMax = 1096;

        /// <summary>Shortest <c>datakey_length</c> in bits; shorter is <c>KMS.1901</c>.</summary>
        public const int DatakeyLengthMin = 8;

        /// <summary>Longest <c>datakey_length</c> in bits; longer is <c>KMS.1901</c>.</summary>
        public const int DatakeyLengthMax = 8192;

        /// <summary><c>datakey_length</c> is a whole number of bytes: a multiple of this many bits.</summary>
        public const int DatakeyLengthMultiple = 8;

        /// <summary>The one accepted <c>random_data_length</c> in bits; anything else is <c>KMS.1801</c>.</summary>
        public const int RandomDataLength = 512;

        /// <summary>The one accepted <c>datakey_plain_length</c> in bytes; anything else is <c>KMS.2102</c>.</summary>
        public const int DatakeyPlainLength = 64;

        /// <summary>The one accepted <c>datakey_cipher_length</c> in bytes; anything else is <c>KMS.2202</c>.</summary>
        public const int DatakeyCipherLength = 64;

        /// <summary>Smallest <c>marker</c> of the list calls; smaller is <c>KMS.1602</c>.</summary>
        public const int MarkerMin = 0;

        /// <summary>Smallest <c>limit</c> of the list calls; smaller is <c>KMS.1601</c>.</summary>
        public const int LimitMin = 1;

        /// <summary>Largest <c>limit</c> of list-by-tags; larger is <c>KMS.1601</c>.</summary>
        public const int ListByTagsLimitMax = 1000;

        /// <summary>Smallest <c>offset</c> of list-by-tags; smaller is <c>KMS.0417</c>.</summary>
        public const int OffsetMin = 0;

        /// <summary>Smallest <c>key_state</c> filter of list-keys; others are <c>KMS.0308</c>.</summary>
        public const int KeyStateMin = 1;

        /// <summary>Largest <c>key_state</c> filter of list-keys; others are <c>KMS.0308</c>.</summary>
        public const int KeyStateMax = 5;

        /// <summary>Shortest <c>key_alias</c>; an empty alias is <c>KMS.1101</c>.</summary>
        public const int KeyAliasMinLength = 1;

        /// <summary>Longest <c>key_alias</c>; longer is <c>KMS.1101</c>.</summary>
        public const int KeyAliasMaxLength = 255;

        /// <summary>Longest <c>key_description</c>; longer is <c>KMS.1103</c>.</summary>
        public const int KeyDescriptionMaxLength = 255;

        /// <summary>Fewest days of <c>rotation_interval</c>; fewer is <c>KMS.0308</c>.</summary>
        public const int RotationIntervalMin = 30;

        /// <summary>Most days of <c>rotation_interval</c>; more is <c>KMS.0308</c>.</summary>
        public const int RotationIntervalMax = 365;

        /// <summary>Shortest <c>grantee_principal</c> / <c>retiring_principal</c>; empty is <c>KMS.2402</c>.</summary>
        public const int PrincipalMinLength = 1;

        /// <summary>Longest <c>grantee_principal</c> / <c>retiring_principal</c>; longer is <c>KMS.2402</c>.</summary>
        public const int PrincipalMaxLength = 64;

        /// <summary>Length of a <c>grant_id</c> (hex characters); others are <c>KMS.2501</c>.</summary>
        public const int GrantIdLength = 64;

        /// <summary>Shortest tag key; an empty key is <c>KMS.0411</c>.</summary>
        public const int TagKeyMinLength = 1;

        /// <summary>Longest tag key; longer is <c>KMS.0411</c>.</summary>
        public const int TagKeyMaxLength = 36;

        /// <summary>Longest tag value; longer is <c>KMS.0410</c>.</summary>
        public const int TagValueMaxLength = 43;

        /// <summary>Length of a <c>key_id</c>; others are <c>KMS.0205</c>.</summary>
        public const int KeyIdLength = 36;

        /// <summary>Length of a <c>sequence</c>; others are <c>KMS.0206</c>.</summary>
        public const int SequenceLength = 36;

        /// <summary>Fewest retries <c>WithRetry</c> of the SDK's invokers accepts; fewer throws <c>ArgumentOutOfRangeException</c>.</summary>
        public const int MaxRetriesMin = 0;

        /// <summary>Most retries <c>WithRetry</c> of the SDK's invokers accepts; more throws <c>ArgumentOutOfRangeException</c>.</summary>
        public const int MaxRetriesMax = 10;
    }
}
