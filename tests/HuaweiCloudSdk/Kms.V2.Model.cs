using System.Collections.Generic;

// The request and request-body models of the KMS V2 API, every one the SDK has, with their nested enum
// classes and the values those enum classes carry.
namespace HuaweiCloud.SDK.Kms.V2.Model
{
    public class AssociateAliasRequest
    {
        public AssociateAliasRequestBody Body { get; set; }
    }

    public class AssociateAliasRequestBody
    {
        public string Alias { get; set; }
        public string TargetKeyId { get; set; }
    }

    public class BatchCreateKmsTagsRequest
    {
        public string KeyId { get; set; }
        public BatchCreateKmsTagsRequestBody Body { get; set; }
    }

    public class BatchCreateKmsTagsRequestBody
    {
        public List<TagItem> Tags { get; set; }
        public string Action { get; set; }
        public string Sequence { get; set; }
    }

    public class CancelGrantRequest
    {
        public RevokeGrantRequestBody Body { get; set; }
    }

    public class CancelKeyDeletionRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class CancelSelfGrantRequest
    {
        public RevokeGrantRequestBody Body { get; set; }
    }

    public class CreateAccessPointRequest
    {
        public CreateAccessPointRequestBody Body { get; set; }
    }

    public class CreateAccessPointRequestBody
    {
        public string KeyspaceId { get; set; }
        public string AccessPointName { get; set; }
        public TypeEnum Type { get; set; }
        public string Identity { get; set; }
        public string ClusterId { get; set; }
        public string Description { get; set; }

        public class TypeEnum
        {
            public static readonly TypeEnum NUMBER_1 = new TypeEnum(1);
            public static readonly TypeEnum NUMBER_2 = new TypeEnum(2);
            public static readonly TypeEnum NUMBER_3 = new TypeEnum(3);
            private static readonly TypeEnum[] Listed = { NUMBER_1, NUMBER_2, NUMBER_3 };
            private readonly int? value;
            public TypeEnum() { }
            public TypeEnum(int? value) { this.value = value; }
            public static TypeEnum FromValue(int? value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public int? GetValue() => value;
        }
    }

    public class CreateAliasRequest
    {
        public CreateAliasRequestBody Body { get; set; }
    }

    public class CreateAliasRequestBody
    {
        public string KeyId { get; set; }
        public string Alias { get; set; }
    }

    public class CreateDatakeyCapsuleRequest
    {
        public CreateDatakeyCapsuleRequestBody Body { get; set; }
    }

    public class CreateDatakeyCapsuleRequestBody
    {
        public string KeyId { get; set; }
        public DatakeyLengthEnum DatakeyLength { get; set; }
        public string PublicKey { get; set; }
        public string PolicyId { get; set; }
        public string KeyPolicy { get; set; }

        public class DatakeyLengthEnum
        {
            public static readonly DatakeyLengthEnum AES_256 = new DatakeyLengthEnum("AES_256");
            public static readonly DatakeyLengthEnum SM4 = new DatakeyLengthEnum("SM4");
            private static readonly DatakeyLengthEnum[] Listed = { AES_256, SM4 };
            private readonly string value;
            public DatakeyLengthEnum() { }
            public DatakeyLengthEnum(string value) { this.value = value; }
            public static DatakeyLengthEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateDatakeyRequest
    {
        public CreateDatakeyRequestBody Body { get; set; }
    }

    public class CreateDatakeyRequestBody
    {
        public string KeyId { get; set; }
        public KeySpecEnum KeySpec { get; set; }
        public string DatakeyLength { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }
        public string Pin { get; set; }
        public PinTypeEnum PinType { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum AES_256 = new KeySpecEnum("AES_256");
            public static readonly KeySpecEnum AES_128 = new KeySpecEnum("AES_128");
            public static readonly KeySpecEnum SM4 = new KeySpecEnum("SM4");
            public static readonly KeySpecEnum HMAC_256 = new KeySpecEnum("HMAC_256");
            public static readonly KeySpecEnum HMAC_384 = new KeySpecEnum("HMAC_384");
            public static readonly KeySpecEnum HMAC_512 = new KeySpecEnum("HMAC_512");
            public static readonly KeySpecEnum HMAC_SM3 = new KeySpecEnum("HMAC_SM3");
            private static readonly KeySpecEnum[] Listed = { AES_256, AES_128, SM4, HMAC_256, HMAC_384, HMAC_512, HMAC_SM3 };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }

        public class PinTypeEnum
        {
            public static readonly PinTypeEnum CIPHERTEXT = new PinTypeEnum("CipherText");
            public static readonly PinTypeEnum PLAINTEXT = new PinTypeEnum("PlainText");
            private static readonly PinTypeEnum[] Listed = { CIPHERTEXT, PLAINTEXT };
            private readonly string value;
            public PinTypeEnum() { }
            public PinTypeEnum(string value) { this.value = value; }
            public static PinTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateDatakeyWithoutPlaintextRequest
    {
        public CreateDatakeyRequestBody Body { get; set; }
    }

    public class CreateEcDatakeyPairRequest
    {
        public CreateEcDatakeyPairRequestBody Body { get; set; }
    }

    public class CreateEcDatakeyPairRequestBody
    {
        public string KeyId { get; set; }
        public KeySpecEnum KeySpec { get; set; }
        public bool? WithPlainText { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }
        public string Pin { get; set; }
        public string PinType { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum ECC_NIST_P256 = new KeySpecEnum("ECC_NIST_P256");
            public static readonly KeySpecEnum ECC_NIST_P384 = new KeySpecEnum("ECC_NIST_P384");
            public static readonly KeySpecEnum ECC_NIST_P521 = new KeySpecEnum("ECC_NIST_P521");
            public static readonly KeySpecEnum ECC_SECG_P256K1 = new KeySpecEnum("ECC_SECG_P256K1");
            public static readonly KeySpecEnum SM2 = new KeySpecEnum("SM2");
            private static readonly KeySpecEnum[] Listed = { ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2 };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateGrantRequest
    {
        public CreateGrantRequestBody Body { get; set; }
    }

    public class CreateGrantRequestBody
    {
        public string KeyId { get; set; }
        public string GranteePrincipal { get; set; }
        public List<string> Operations { get; set; }
        public string Name { get; set; }
        public string RetiringPrincipal { get; set; }
        public GranteePrincipalTypeEnum GranteePrincipalType { get; set; }
        public string Sequence { get; set; }

        public class GranteePrincipalTypeEnum
        {
            public static readonly GranteePrincipalTypeEnum USER = new GranteePrincipalTypeEnum("user");
            public static readonly GranteePrincipalTypeEnum DOMAIN = new GranteePrincipalTypeEnum("domain");
            private static readonly GranteePrincipalTypeEnum[] Listed = { USER, DOMAIN };
            private readonly string value;
            public GranteePrincipalTypeEnum() { }
            public GranteePrincipalTypeEnum(string value) { this.value = value; }
            public static GranteePrincipalTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateKeyPolicyRequest
    {
        public CreateKeyPolicyRequestBody Body { get; set; }
    }

    public class CreateKeyPolicyRequestBody
    {
        public string KeyspaceId { get; set; }
        public string PolicyName { get; set; }
        public string Policy { get; set; }
        public string Description { get; set; }
    }

    public class CreateKeyRequest
    {
        public CreateKeyRequestBody Body { get; set; }
    }

    public class CreateKeyRequestBody
    {
        public string KeyAlias { get; set; }
        public KeySpecEnum KeySpec { get; set; }
        public KeyUsageEnum KeyUsage { get; set; }
        public string KeyDescription { get; set; }
        public OriginEnum Origin { get; set; }
        public string EnterpriseProjectId { get; set; }
        public string Sequence { get; set; }
        public string KeystoreId { get; set; }
        public string VmId { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum AES_256 = new KeySpecEnum("AES_256");
            public static readonly KeySpecEnum SM4 = new KeySpecEnum("SM4");
            public static readonly KeySpecEnum RSA_2048 = new KeySpecEnum("RSA_2048");
            public static readonly KeySpecEnum RSA_3072 = new KeySpecEnum("RSA_3072");
            public static readonly KeySpecEnum RSA_4096 = new KeySpecEnum("RSA_4096");
            public static readonly KeySpecEnum EC_P256 = new KeySpecEnum("EC_P256");
            public static readonly KeySpecEnum EC_P384 = new KeySpecEnum("EC_P384");
            public static readonly KeySpecEnum SECP256K1 = new KeySpecEnum("SECP256K1");
            public static readonly KeySpecEnum SM2 = new KeySpecEnum("SM2");
            public static readonly KeySpecEnum ED25519 = new KeySpecEnum("ED25519");
            public static readonly KeySpecEnum HMAC_256 = new KeySpecEnum("HMAC_256");
            public static readonly KeySpecEnum HMAC_384 = new KeySpecEnum("HMAC_384");
            public static readonly KeySpecEnum HMAC_512 = new KeySpecEnum("HMAC_512");
            public static readonly KeySpecEnum HMAC_SM3 = new KeySpecEnum("HMAC_SM3");
            private static readonly KeySpecEnum[] Listed = { AES_256, SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384, SECP256K1, SM2, ED25519, HMAC_256, HMAC_384, HMAC_512, HMAC_SM3 };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }

        public class KeyUsageEnum
        {
            public static readonly KeyUsageEnum ENCRYPT_DECRYPT = new KeyUsageEnum("ENCRYPT_DECRYPT");
            public static readonly KeyUsageEnum SIGN_VERIFY = new KeyUsageEnum("SIGN_VERIFY");
            private static readonly KeyUsageEnum[] Listed = { ENCRYPT_DECRYPT, SIGN_VERIFY };
            private readonly string value;
            public KeyUsageEnum() { }
            public KeyUsageEnum(string value) { this.value = value; }
            public static KeyUsageEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }

        public class OriginEnum
        {
            public static readonly OriginEnum KMS = new OriginEnum("kms");
            public static readonly OriginEnum EXTERNAL = new OriginEnum("external");
            private static readonly OriginEnum[] Listed = { KMS, EXTERNAL };
            private readonly string value;
            public OriginEnum() { }
            public OriginEnum(string value) { this.value = value; }
            public static OriginEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateKeyStoreRequest
    {
        public CreateKeyStoreRequestBody Body { get; set; }
    }

    public class CreateKeyStoreRequestBody
    {
        public string KeystoreAlias { get; set; }
        public string HsmClusterId { get; set; }
        public string HsmCaCert { get; set; }
        public string ClusterId { get; set; }
        public KeystoreTypeEnum KeystoreType { get; set; }

        public class KeystoreTypeEnum
        {
            public static readonly KeystoreTypeEnum DEFAULT = new KeystoreTypeEnum("DEFAULT");
            public static readonly KeystoreTypeEnum DHSM = new KeystoreTypeEnum("DHSM");
            public static readonly KeystoreTypeEnum CDMS = new KeystoreTypeEnum("CDMS");
            private static readonly KeystoreTypeEnum[] Listed = { DEFAULT, DHSM, CDMS };
            private readonly string value;
            public KeystoreTypeEnum() { }
            public KeystoreTypeEnum(string value) { this.value = value; }
            public static KeystoreTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateKmsTagRequest
    {
        public string KeyId { get; set; }
        public CreateKmsTagRequestBody Body { get; set; }
    }

    public class CreateKmsTagRequestBody
    {
        public TagItem Tag { get; set; }
        public string Sequence { get; set; }
    }

    public class CreateParametersForImportRequest
    {
        public GetParametersForImportRequestBody Body { get; set; }
    }

    public class CreatePinRequest
    {
        public CreatePinRequestBody Body { get; set; }
    }

    public class CreatePinRequestBody
    {
        public PinTypeEnum PinType { get; set; }
        public string KeystoreId { get; set; }

        public class PinTypeEnum
        {
            public static readonly PinTypeEnum CIPHERTEXT = new PinTypeEnum("CipherText");
            public static readonly PinTypeEnum PLAINTEXT = new PinTypeEnum("PlainText");
            private static readonly PinTypeEnum[] Listed = { CIPHERTEXT, PLAINTEXT };
            private readonly string value;
            public PinTypeEnum() { }
            public PinTypeEnum(string value) { this.value = value; }
            public static PinTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class CreateRandomRequest
    {
        public GenRandomRequestBody Body { get; set; }
    }

    public class CreateRsaDatakeyPairRequest
    {
        public CreateRsaDatakeyPairRequestBody Body { get; set; }
    }

    public class CreateRsaDatakeyPairRequestBody
    {
        public string KeyId { get; set; }
        public KeySpecEnum KeySpec { get; set; }
        public bool? WithPlainText { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum RSA_2048 = new KeySpecEnum("RSA_2048");
            public static readonly KeySpecEnum RSA_3072 = new KeySpecEnum("RSA_3072");
            public static readonly KeySpecEnum RSA_4096 = new KeySpecEnum("RSA_4096");
            private static readonly KeySpecEnum[] Listed = { RSA_2048, RSA_3072, RSA_4096 };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class DecryptDatakeyCapsuleRequest
    {
        public DecryptDatakeyCapsuleRequestBody Body { get; set; }
    }

    public class DecryptDatakeyCapsuleRequestBody
    {
        public string KeyId { get; set; }
        public string PublicKey { get; set; }
        public string DatakeyCapsule { get; set; }
    }

    public class DecryptDatakeyRequest
    {
        public DecryptDatakeyRequestBody Body { get; set; }
    }

    public class DecryptDatakeyRequestBody
    {
        public string KeyId { get; set; }
        public string CipherText { get; set; }
        public string DatakeyCipherLength { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }
    }

    public class DecryptDataRequest
    {
        public DecryptDataRequestBody Body { get; set; }
    }

    public class DecryptDataRequestBody
    {
        public string CipherText { get; set; }
        public EncryptionAlgorithmEnum EncryptionAlgorithm { get; set; }
        public string KeyId { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }

        public class EncryptionAlgorithmEnum
        {
            public static readonly EncryptionAlgorithmEnum SYMMETRIC_DEFAULT = new EncryptionAlgorithmEnum("SYMMETRIC_DEFAULT");
            public static readonly EncryptionAlgorithmEnum RSAES_OAEP_SHA_256 = new EncryptionAlgorithmEnum("RSAES_OAEP_SHA_256");
            public static readonly EncryptionAlgorithmEnum SM2_ENCRYPT = new EncryptionAlgorithmEnum("SM2_ENCRYPT");
            private static readonly EncryptionAlgorithmEnum[] Listed = { SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_256, SM2_ENCRYPT };
            private readonly string value;
            public EncryptionAlgorithmEnum() { }
            public EncryptionAlgorithmEnum(string value) { this.value = value; }
            public static EncryptionAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class DeleteAccessPointRequest
    {
        public string AccessPointId { get; set; }
    }

    public class DeleteAliasRequest
    {
        public DeleteAliasRequestBody Body { get; set; }
    }

    public class DeleteAliasRequestBody
    {
        public List<string> Aliases { get; set; }
        public string KeyId { get; set; }
    }

    public class DeleteImportedKeyMaterialRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class DeleteKeyPolicyRequest
    {
        public string PolicyId { get; set; }
    }

    public class DeleteKeyRequest
    {
        public ScheduleKeyDeletionRequestBody Body { get; set; }
    }

    public class DeleteKeyStoreRequest
    {
        public string KeystoreId { get; set; }
    }

    public class DeleteTagRequest
    {
        public string KeyId { get; set; }
        public string Key { get; set; }
    }

    public class DeriveSharedSecretRequest
    {
        public DeriveSharedSecretRequestBody Body { get; set; }
    }

    public class DeriveSharedSecretRequestBody
    {
        public string KeyId { get; set; }
        public KeyAgreementAlgorithmEnum KeyAgreementAlgorithm { get; set; }
        public string PublicKey { get; set; }

        public class KeyAgreementAlgorithmEnum
        {
            public static readonly KeyAgreementAlgorithmEnum ECDH = new KeyAgreementAlgorithmEnum("ECDH");
            private static readonly KeyAgreementAlgorithmEnum[] Listed = { ECDH };
            private readonly string value;
            public KeyAgreementAlgorithmEnum() { }
            public KeyAgreementAlgorithmEnum(string value) { this.value = value; }
            public static KeyAgreementAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class DisableAccessPointRequest
    {
        public string AccessPointId { get; set; }
    }

    public class DisableKeyRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class DisableKeyRotationRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class DisableKeyStoreRequest
    {
        public string KeystoreId { get; set; }
    }

    public class DownloadAccessPointPrivateKeyRequest
    {
        public string AccessPointId { get; set; }
    }

    public class EnableAccessPointRequest
    {
        public string AccessPointId { get; set; }
    }

    public class EnableKeyRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class EnableKeyRotationRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class EnableKeyStoreRequest
    {
        public string KeystoreId { get; set; }
    }

    public class EncryptDatakeyRequest
    {
        public EncryptDatakeyRequestBody Body { get; set; }
    }

    public class EncryptDatakeyRequestBody
    {
        public string KeyId { get; set; }
        public string PlainText { get; set; }
        public string DatakeyPlainLength { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }
        public string Pin { get; set; }
        public string PinType { get; set; }
        public KeySpecEnum KeySpec { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum SM2 = new KeySpecEnum("SM2");
            public static readonly KeySpecEnum RSA = new KeySpecEnum("RSA");
            private static readonly KeySpecEnum[] Listed = { SM2, RSA };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class EncryptDataRequest
    {
        public EncryptDataRequestBody Body { get; set; }
    }

    public class EncryptDataRequestBody
    {
        public string KeyId { get; set; }
        public string PlainText { get; set; }
        public EncryptionAlgorithmEnum EncryptionAlgorithm { get; set; }
        public string AdditionalAuthenticatedData { get; set; }
        public string Sequence { get; set; }

        public class EncryptionAlgorithmEnum
        {
            public static readonly EncryptionAlgorithmEnum SYMMETRIC_DEFAULT = new EncryptionAlgorithmEnum("SYMMETRIC_DEFAULT");
            public static readonly EncryptionAlgorithmEnum RSAES_OAEP_SHA_256 = new EncryptionAlgorithmEnum("RSAES_OAEP_SHA_256");
            public static readonly EncryptionAlgorithmEnum SM2_ENCRYPT = new EncryptionAlgorithmEnum("SM2_ENCRYPT");
            private static readonly EncryptionAlgorithmEnum[] Listed = { SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_256, SM2_ENCRYPT };
            private readonly string value;
            public EncryptionAlgorithmEnum() { }
            public EncryptionAlgorithmEnum(string value) { this.value = value; }
            public static EncryptionAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class GenerateMacRequest
    {
        public GenerateMacRequestBody Body { get; set; }
    }

    public class GenerateMacRequestBody
    {
        public string KeyId { get; set; }
        public MacAlgorithmEnum MacAlgorithm { get; set; }
        public string Message { get; set; }

        public class MacAlgorithmEnum
        {
            public static readonly MacAlgorithmEnum HMAC_SHA_256 = new MacAlgorithmEnum("HMAC_SHA_256");
            public static readonly MacAlgorithmEnum HMAC_SHA_384 = new MacAlgorithmEnum("HMAC_SHA_384");
            public static readonly MacAlgorithmEnum HMAC_SHA_512 = new MacAlgorithmEnum("HMAC_SHA_512");
            public static readonly MacAlgorithmEnum HMAC_SM3 = new MacAlgorithmEnum("HMAC_SM3");
            private static readonly MacAlgorithmEnum[] Listed = { HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512, HMAC_SM3 };
            private readonly string value;
            public MacAlgorithmEnum() { }
            public MacAlgorithmEnum(string value) { this.value = value; }
            public static MacAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class GenRandomRequestBody
    {
        public string RandomDataLength { get; set; }
        public string Sequence { get; set; }
    }

    public class GetParametersForImportRequestBody
    {
        public string KeyId { get; set; }
        public WrappingAlgorithmEnum WrappingAlgorithm { get; set; }
        public string Sequence { get; set; }

        public class WrappingAlgorithmEnum
        {
            public static readonly WrappingAlgorithmEnum RSAES_OAEP_SHA_256 = new WrappingAlgorithmEnum("RSAES_OAEP_SHA_256");
            public static readonly WrappingAlgorithmEnum SM2_ENCRYPT = new WrappingAlgorithmEnum("SM2_ENCRYPT");
            private static readonly WrappingAlgorithmEnum[] Listed = { RSAES_OAEP_SHA_256, SM2_ENCRYPT };
            private readonly string value;
            public WrappingAlgorithmEnum() { }
            public WrappingAlgorithmEnum(string value) { this.value = value; }
            public static WrappingAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class ImportKeyMaterialRequest
    {
        public ImportKeyMaterialRequestBody Body { get; set; }
    }

    public class ImportKeyMaterialRequestBody
    {
        public string KeyId { get; set; }
        public string ImportToken { get; set; }
        public string EncryptedKeyMaterial { get; set; }
        public string EncryptedPrivatekey { get; set; }
        public long? ExpirationTime { get; set; }
        public string Sequence { get; set; }
    }

    public class ListAccessPointRequest
    {
        public string KeyspaceId { get; set; }
        public string Limit { get; set; }
        public string Marker { get; set; }
    }

    public class ListAliasesRequest
    {
        public string KeyId { get; set; }
        public string Limit { get; set; }
        public string Marker { get; set; }
    }

    public class ListGrantsRequest
    {
        public ListGrantsRequestBody Body { get; set; }
    }

    public class ListGrantsRequestBody
    {
        public string KeyId { get; set; }
        public string Limit { get; set; }
        public string Marker { get; set; }
        public string Sequence { get; set; }
    }

    public class ListKeyDetailRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class ListKeyPolicyRequest
    {
        public string KeyspaceId { get; set; }
        public string Limit { get; set; }
        public string Marker { get; set; }
    }

    public class ListKeysRequest
    {
        public ListKeysRequestBody Body { get; set; }
    }

    public class ListKeysRequestBody
    {
        public string Limit { get; set; }
        public string Marker { get; set; }
        public string KeyState { get; set; }
        public KeySpecEnum KeySpec { get; set; }
        public string EnterpriseProjectId { get; set; }
        public string Sequence { get; set; }

        public class KeySpecEnum
        {
            public static readonly KeySpecEnum AES_256 = new KeySpecEnum("AES_256");
            public static readonly KeySpecEnum SM4 = new KeySpecEnum("SM4");
            public static readonly KeySpecEnum RSA_2048 = new KeySpecEnum("RSA_2048");
            public static readonly KeySpecEnum RSA_3072 = new KeySpecEnum("RSA_3072");
            public static readonly KeySpecEnum RSA_4096 = new KeySpecEnum("RSA_4096");
            public static readonly KeySpecEnum EC_P256 = new KeySpecEnum("EC_P256");
            public static readonly KeySpecEnum EC_P384 = new KeySpecEnum("EC_P384");
            public static readonly KeySpecEnum SM2 = new KeySpecEnum("SM2");
            public static readonly KeySpecEnum ALL = new KeySpecEnum("ALL");
            private static readonly KeySpecEnum[] Listed = { AES_256, SM4, RSA_2048, RSA_3072, RSA_4096, EC_P256, EC_P384, SM2, ALL };
            private readonly string value;
            public KeySpecEnum() { }
            public KeySpecEnum(string value) { this.value = value; }
            public static KeySpecEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class ListKeyStoresRequest
    {
        public int? Limit { get; set; }
        public int? Offset { get; set; }
    }

    public class ListKmsByTagsRequest
    {
        public string ResourceInstances { get; set; }
        public ListKmsByTagsRequestBody Body { get; set; }
    }

    public class ListKmsByTagsRequestBody
    {
        public string Limit { get; set; }
        public string Offset { get; set; }
        public string Action { get; set; }
        public List<Tag> Tags { get; set; }
        public List<TagItem> Matches { get; set; }
        public string Sequence { get; set; }
    }

    public class ListKmsTagsRequest
    {
    }

    public class ListRetirableGrantsRequest
    {
        public ListRetirableGrantsRequestBody Body { get; set; }
    }

    public class ListRetirableGrantsRequestBody
    {
        public string Limit { get; set; }
        public string Marker { get; set; }
        public string Sequence { get; set; }
    }

    public class ListSupportRegionsRequest
    {
        public int? Limit { get; set; }
        public int? Offset { get; set; }
    }

    public class OperateKeyRequestBody
    {
        public string KeyId { get; set; }
        public string Sequence { get; set; }
    }

    public class ReEncryptRequest
    {
        public ReEncryptRequestBody Body { get; set; }
    }

    public class ReEncryptRequestBody
    {
        public string SourceKeyId { get; set; }
        public string SourceAdditionalAuthenticatedData { get; set; }
        public string SourceEncryptionAlgorithm { get; set; }
        public string DestinationKeyId { get; set; }
        public string DestinationAdditionalAuthenticatedData { get; set; }
        public string DestinationEncryptionAlgorithm { get; set; }
        public string DatakeyCipherLength { get; set; }
        public string CipherText { get; set; }
    }

    public class ReplicateKeyRequest
    {
        public string KeyId { get; set; }
        public ReplicateKeyRequestBody Body { get; set; }
    }

    public class ReplicateKeyRequestBody
    {
        public string KeyId { get; set; }
        public string ReplicaRegion { get; set; }
        public string KeyAlias { get; set; }
        public string KeyDescription { get; set; }
        public string EnterpriseProjectId { get; set; }
        public string ReplicaProjectId { get; set; }
        public List<TagItem> Tags { get; set; }
    }

    public class RevokeGrantRequestBody
    {
        public string KeyId { get; set; }
        public string GrantId { get; set; }
        public string Sequence { get; set; }
    }

    public class RotateOnDemandRequest
    {
        public RotateOnDemandRequestBody Body { get; set; }
    }

    public class RotateOnDemandRequestBody
    {
        public string KeyId { get; set; }
    }

    public class ScheduleKeyDeletionRequestBody
    {
        public string KeyId { get; set; }
        public string PendingDays { get; set; }
        public string Sequence { get; set; }
    }

    public class ShowKeyPolicyRequest
    {
        public string PolicyId { get; set; }
    }

    public class ShowKeyRotationStatusRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class ShowKeyStoreRequest
    {
        public string KeystoreId { get; set; }
    }

    public class ShowKmsTagsRequest
    {
        public string KeyId { get; set; }
    }

    public class ShowPublicKeyRequest
    {
        public OperateKeyRequestBody Body { get; set; }
    }

    public class ShowUserInstancesRequest
    {
    }

    public class ShowUserQuotasRequest
    {
    }

    public class ShowVersionRequest
    {
        public string VersionId { get; set; }
    }

    public class ShowVersionsRequest
    {
    }

    public class SignRequest
    {
        public SignRequestBody Body { get; set; }
    }

    public class SignRequestBody
    {
        public string KeyId { get; set; }
        public string Message { get; set; }
        public SigningAlgorithmEnum SigningAlgorithm { get; set; }
        public MessageTypeEnum MessageType { get; set; }
        public string Sequence { get; set; }

        public class SigningAlgorithmEnum
        {
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_256 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_256");
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_384 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_384");
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_512 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_512");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_256 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_256");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_384 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_384");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_512 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_512");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_256 = new SigningAlgorithmEnum("ECDSA_SHA_256");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_384 = new SigningAlgorithmEnum("ECDSA_SHA_384");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_512 = new SigningAlgorithmEnum("ECDSA_SHA_512");
            public static readonly SigningAlgorithmEnum SM2DSA_SM3 = new SigningAlgorithmEnum("SM2DSA_SM3");
            public static readonly SigningAlgorithmEnum ED25519_SHA_512 = new SigningAlgorithmEnum("ED25519_SHA_512");
            public static readonly SigningAlgorithmEnum ED25519_PH_SHA_512 = new SigningAlgorithmEnum("ED25519_PH_SHA_512");
            private static readonly SigningAlgorithmEnum[] Listed = { RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA_SM3, ED25519_SHA_512, ED25519_PH_SHA_512 };
            private readonly string value;
            public SigningAlgorithmEnum() { }
            public SigningAlgorithmEnum(string value) { this.value = value; }
            public static SigningAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }

        public class MessageTypeEnum
        {
            public static readonly MessageTypeEnum DIGEST = new MessageTypeEnum("DIGEST");
            public static readonly MessageTypeEnum RAW = new MessageTypeEnum("RAW");
            private static readonly MessageTypeEnum[] Listed = { DIGEST, RAW };
            private readonly string value;
            public MessageTypeEnum() { }
            public MessageTypeEnum(string value) { this.value = value; }
            public static MessageTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class Tag
    {
        public string Key { get; set; }
        public List<string> Values { get; set; }
    }

    public class TagItem
    {
        public string Key { get; set; }
        public string Value { get; set; }
    }

    public class UpdateKeyAliasRequest
    {
        public UpdateKeyAliasRequestBody Body { get; set; }
    }

    public class UpdateKeyAliasRequestBody
    {
        public string KeyId { get; set; }
        public string KeyAlias { get; set; }
        public string Sequence { get; set; }
    }

    public class UpdateKeyDescriptionRequest
    {
        public UpdateKeyDescriptionRequestBody Body { get; set; }
    }

    public class UpdateKeyDescriptionRequestBody
    {
        public string KeyId { get; set; }
        public string KeyDescription { get; set; }
        public string Sequence { get; set; }
    }

    public class UpdateKeyPolicyRequest
    {
        public string PolicyId { get; set; }
        public UpdateKeyPolicyRequestBody Body { get; set; }
    }

    public class UpdateKeyPolicyRequestBody
    {
        public string Policy { get; set; }
        public string Description { get; set; }
    }

    public class UpdateKeyRotationIntervalRequest
    {
        public UpdateKeyRotationIntervalRequestBody Body { get; set; }
    }

    public class UpdateKeyRotationIntervalRequestBody
    {
        public string KeyId { get; set; }
        public int? RotationInterval { get; set; }
        public string Sequence { get; set; }
    }

    public class UpdatePrimaryRegionRequest
    {
        public string KeyId { get; set; }
        public UpdatePrimaryRegionRequestBody Body { get; set; }
    }

    public class UpdatePrimaryRegionRequestBody
    {
        public string KeyId { get; set; }
        public string PrimaryRegion { get; set; }
    }

    public class ValidateSignatureRequest
    {
        public VerifyRequestBody Body { get; set; }
    }

    public class VerifyMacRequest
    {
        public VerifyMacRequestBody Body { get; set; }
    }

    public class VerifyMacRequestBody
    {
        public string KeyId { get; set; }
        public MacAlgorithmEnum MacAlgorithm { get; set; }
        public string Message { get; set; }
        public string Mac { get; set; }

        public class MacAlgorithmEnum
        {
            public static readonly MacAlgorithmEnum HMAC_SHA_256 = new MacAlgorithmEnum("HMAC_SHA_256");
            public static readonly MacAlgorithmEnum HMAC_SHA_384 = new MacAlgorithmEnum("HMAC_SHA_384");
            public static readonly MacAlgorithmEnum HMAC_SHA_512 = new MacAlgorithmEnum("HMAC_SHA_512");
            public static readonly MacAlgorithmEnum HMAC_SM3 = new MacAlgorithmEnum("HMAC_SM3");
            private static readonly MacAlgorithmEnum[] Listed = { HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512, HMAC_SM3 };
            private readonly string value;
            public MacAlgorithmEnum() { }
            public MacAlgorithmEnum(string value) { this.value = value; }
            public static MacAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }

    public class VerifyRequestBody
    {
        public string KeyId { get; set; }
        public string Message { get; set; }
        public string Signature { get; set; }
        public SigningAlgorithmEnum SigningAlgorithm { get; set; }
        public MessageTypeEnum MessageType { get; set; }
        public string Sequence { get; set; }

        public class SigningAlgorithmEnum
        {
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_256 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_256");
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_384 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_384");
            public static readonly SigningAlgorithmEnum RSASSA_PSS_SHA_512 = new SigningAlgorithmEnum("RSASSA_PSS_SHA_512");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_256 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_256");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_384 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_384");
            public static readonly SigningAlgorithmEnum RSASSA_PKCS1_V1_5_SHA_512 = new SigningAlgorithmEnum("RSASSA_PKCS1_V1_5_SHA_512");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_256 = new SigningAlgorithmEnum("ECDSA_SHA_256");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_384 = new SigningAlgorithmEnum("ECDSA_SHA_384");
            public static readonly SigningAlgorithmEnum ECDSA_SHA_512 = new SigningAlgorithmEnum("ECDSA_SHA_512");
            public static readonly SigningAlgorithmEnum SM2DSA_SM3 = new SigningAlgorithmEnum("SM2DSA_SM3");
            public static readonly SigningAlgorithmEnum ED25519_SHA_512 = new SigningAlgorithmEnum("ED25519_SHA_512");
            public static readonly SigningAlgorithmEnum ED25519_PH_SHA_512 = new SigningAlgorithmEnum("ED25519_PH_SHA_512");
            private static readonly SigningAlgorithmEnum[] Listed = { RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, SM2DSA_SM3, ED25519_SHA_512, ED25519_PH_SHA_512 };
            private readonly string value;
            public SigningAlgorithmEnum() { }
            public SigningAlgorithmEnum(string value) { this.value = value; }
            public static SigningAlgorithmEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }

        public class MessageTypeEnum
        {
            public static readonly MessageTypeEnum DIGEST = new MessageTypeEnum("DIGEST");
            public static readonly MessageTypeEnum RAW = new MessageTypeEnum("RAW");
            private static readonly MessageTypeEnum[] Listed = { DIGEST, RAW };
            private readonly string value;
            public MessageTypeEnum() { }
            public MessageTypeEnum(string value) { this.value = value; }
            public static MessageTypeEnum FromValue(string value) { foreach (var listed in Listed) { if (listed.value == value) return listed; } return null; }
            public string GetValue() => value;
        }
    }
}
