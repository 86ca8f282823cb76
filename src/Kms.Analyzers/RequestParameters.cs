using System.Text.RegularExpressions;
using Kms.ErrorCodes;

namespace Kms.Analyzers
{
    /// <summary>
    /// A request parameter KMS documents limits for (shared/kms-parameters.md): its JSON name, the SDK body
    /// properties that carry it, what is accepted and the code KMS answers otherwise.
    /// </summary>
    internal sealed class RequestParameter
    {
        public RequestParameter(string name, ParameterConstraint constraint, string? errorCode, bool matchedByJsonName, params string[] sdkProperties)
        {
            Name = name;
            Constraint = constraint;
            ErrorCode = errorCode;
            MatchedByJsonName = matchedByJsonName;
            SdkProperties = sdkProperties;
        }

        /// <summary>The JSON name (<c>pending_days</c>), or the SDK argument's name (<c>maxRetries</c>).</summary>
        public string Name { get; }

        public ParameterConstraint Constraint { get; }

        /// <summary>The code KMS answers with; null where the SDK itself throws.</summary>
        public string? ErrorCode { get; }

        /// <summary>
        /// Whether a hand-built REST body is recognised by the JSON name alone. Off for names as generic as
        /// <c>limit</c>, <c>key</c>, <c>value</c> and <c>sequence</c>: elsewhere they mean other things.
        /// </summary>
        public bool MatchedByJsonName { get; }

        /// <summary><c>Type.Property</c> of the SDK's V1 and V2 models; <c>*.KeyId</c> means any body of those namespaces.</summary>
        public string[] SdkProperties { get; }
    }

    /// <summary>The documented parameters, one row each, limits taken from <see cref="KmsLimits"/>.</summary>
    internal static class RequestParameters
    {
        public const string AnyBody = "*";

        private static readonly Regex KeyAliasCharacters = new("^[a-zA-Z0-9:/_-]*$", RegexOptions.CultureInvariant);
        private static readonly Regex PrincipalCharacters = new("^[a-zA-Z0-9]*$", RegexOptions.CultureInvariant);
        private static readonly Regex HexCharacters = new("^[0-9a-fA-F]*$", RegexOptions.CultureInvariant);
        private static readonly Regex KeyIdFormat = new("^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$", RegexOptions.CultureInvariant);

        public static readonly RequestParameter MaxRetries = new(
            "maxRetries",
            new IntegerConstraint(KmsLimits.MaxRetriesMin, nameof(KmsLimits.MaxRetriesMin), KmsLimits.MaxRetriesMax, nameof(KmsLimits.MaxRetriesMax)),
            errorCode: null,
            matchedByJsonName: false);

        public static readonly RequestParameter[] All =
        {
            new("pending_days", new IntegerConstraint(KmsLimits.PendingDaysMin, nameof(KmsLimits.PendingDaysMin), KmsLimits.PendingDaysMax, nameof(KmsLimits.PendingDaysMax)),
                KmsErrorCodes.InvalidPendingDeletionPeriod, true, "ScheduleKeyDeletionRequestBody.PendingDays"),
            new("datakey_length", new IntegerConstraint(KmsLimits.DatakeyLengthMin, nameof(KmsLimits.DatakeyLengthMin), KmsLimits.DatakeyLengthMax, nameof(KmsLimits.DatakeyLengthMax), KmsLimits.DatakeyLengthMultiple),
                KmsErrorCodes.DatakeyLengthOutOfRange, true, "CreateDatakeyRequestBody.DatakeyLength"),
            new("random_data_length", new IntegerConstraint(KmsLimits.RandomDataLength, nameof(KmsLimits.RandomDataLength), KmsLimits.RandomDataLength, nameof(KmsLimits.RandomDataLength)),
                KmsErrorCodes.InvalidRandomDataLength, true, "GenRandomRequestBody.RandomDataLength"),
            new("datakey_plain_length", new IntegerConstraint(KmsLimits.DatakeyPlainLength, nameof(KmsLimits.DatakeyPlainLength), KmsLimits.DatakeyPlainLength, nameof(KmsLimits.DatakeyPlainLength)),
                KmsErrorCodes.InvalidDatakeyPlainLength, true, "EncryptDatakeyRequestBody.DatakeyPlainLength"),
            new("datakey_cipher_length", new IntegerConstraint(KmsLimits.DatakeyCipherLength, nameof(KmsLimits.DatakeyCipherLength), KmsLimits.DatakeyCipherLength, nameof(KmsLimits.DatakeyCipherLength)),
                KmsErrorCodes.InvalidDatakeyCipherLength, true, "DecryptDatakeyRequestBody.DatakeyCipherLength"),
            new("marker", new IntegerConstraint(KmsLimits.MarkerMin, nameof(KmsLimits.MarkerMin)),
                KmsErrorCodes.InvalidMarker, true, "ListKeysRequestBody.Marker", "ListGrantsRequestBody.Marker", "ListRetirableGrantsRequestBody.Marker"),
            new("limit", new IntegerConstraint(KmsLimits.LimitMin, nameof(KmsLimits.LimitMin)),
                KmsErrorCodes.InvalidLimit, false, "ListKeysRequestBody.Limit", "ListGrantsRequestBody.Limit", "ListRetirableGrantsRequestBody.Limit"),
            new("limit", new IntegerConstraint(KmsLimits.LimitMin, nameof(KmsLimits.LimitMin), KmsLimits.ListByTagsLimitMax, nameof(KmsLimits.ListByTagsLimitMax)),
                KmsErrorCodes.InvalidLimit, false, "ListKmsByTagsRequestBody.Limit"),
            new("offset", new IntegerConstraint(KmsLimits.OffsetMin, nameof(KmsLimits.OffsetMin)),
                KmsErrorCodes.InvalidOffset, true, "ListKmsByTagsRequestBody.Offset"),
            new("key_state", new IntegerConstraint(KmsLimits.KeyStateMin, nameof(KmsLimits.KeyStateMin), KmsLimits.KeyStateMax, nameof(KmsLimits.KeyStateMax)),
                KmsErrorCodes.InvalidParameter, true, "ListKeysRequestBody.KeyState"),
            new("key_alias", new TextConstraint(KmsLimits.KeyAliasMinLength, KmsLimits.KeyAliasMaxLength, KeyAliasCharacters, "letters, digits, ':', '/', '_' and '-'"),
                KmsErrorCodes.InvalidKeyAlias, true, "CreateKeyRequestBody.KeyAlias"),
            new("key_alias", new TextConstraint(KmsLimits.KeyAliasMinLength, KmsLimits.KeyAliasMaxLength, KeyAliasCharacters, "letters, digits, ':', '/', '_' and '-'", forbiddenSuffix: "/default"),
                KmsErrorCodes.InvalidKeyAlias, false, "UpdateKeyAliasRequestBody.KeyAlias"),
            new("key_description", new TextConstraint(0, KmsLimits.KeyDescriptionMaxLength),
                KmsErrorCodes.InvalidKeyDescription, true, "CreateKeyRequestBody.KeyDescription", "UpdateKeyDescriptionRequestBody.KeyDescription"),
            new("rotation_interval", new IntegerConstraint(KmsLimits.RotationIntervalMin, nameof(KmsLimits.RotationIntervalMin), KmsLimits.RotationIntervalMax, nameof(KmsLimits.RotationIntervalMax)),
                KmsErrorCodes.InvalidParameter, true, "UpdateKeyRotationIntervalRequestBody.RotationInterval"),
            new("grantee_principal", new TextConstraint(KmsLimits.PrincipalMinLength, KmsLimits.PrincipalMaxLength, PrincipalCharacters, "letters and digits"),
                KmsErrorCodes.InvalidUserId, true, "CreateGrantRequestBody.GranteePrincipal"),
            new("retiring_principal", new TextConstraint(KmsLimits.PrincipalMinLength, KmsLimits.PrincipalMaxLength, PrincipalCharacters, "letters and digits"),
                KmsErrorCodes.InvalidUserId, true, "CreateGrantRequestBody.RetiringPrincipal"),
            new("operations", new OperationsConstraint(),
                KmsErrorCodes.GrantOperationRequired, true, "CreateGrantRequestBody.Operations"),
            new("grant_id", new TextConstraint(KmsLimits.GrantIdLength, KmsLimits.GrantIdLength, HexCharacters, "hexadecimal digits"),
                KmsErrorCodes.InvalidGrantId, true, "RevokeGrantRequestBody.GrantId"),
            new("key", new TextConstraint(KmsLimits.TagKeyMinLength, KmsLimits.TagKeyMaxLength),
                KmsErrorCodes.InvalidTagKeyLength, false, "TagItem.Key", "Tag.Key"),
            new("value", new TextConstraint(0, KmsLimits.TagValueMaxLength),
                KmsErrorCodes.InvalidTagValueLength, false, "TagItem.Value"),
            new("key_id", new TextConstraint(KmsLimits.KeyIdLength, KmsLimits.KeyIdLength, KeyIdFormat, "the form 0a1b2c3d-0a1b-0a1b-0a1b-0a1b2c3d4e5f (lower-case letters and digits)"),
                KmsErrorCodes.InvalidKeyId, true, AnyBody + ".KeyId"),
            new("sequence", new TextConstraint(KmsLimits.SequenceLength, KmsLimits.SequenceLength),
                KmsErrorCodes.InvalidSequenceNumber, false, AnyBody + ".Sequence"),
        };
    }
}
