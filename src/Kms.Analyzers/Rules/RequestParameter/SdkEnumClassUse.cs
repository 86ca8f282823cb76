using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>
/// An SDK enum class built from a value: <c>new CreateKeyRequestBody.KeySpecEnum("AES_512")</c> sends the value as
/// written; <c>KeySpecEnum.FromValue("aes256")</c> returns the class's member for a value it lists, null otherwise.
/// </summary>
internal sealed class SdkEnumClassUse
{
    private const string NumberPrefix = "NUMBER_";

    private readonly SemanticModel model;

    public SdkEnumClassUse(SyntaxNode node, INamedTypeSymbol type, bool isFromValue, SemanticModel model)
    {
        Node = node;
        Type = type;
        IsFromValue = isFromValue;
        this.model = model;
    }

    /// <summary>The creation or the FromValue call: what the member fix replaces.</summary>
    public SyntaxNode Node { get; }

    public INamedTypeSymbol Type { get; }

    public bool IsFromValue { get; }

    /// <summary>The class's name as the code at <see cref="Node"/> may write it (<c>CreateKeyRequestBody.KeySpecEnum</c>).</summary>
    public string ShownTypeName => Type.ToMinimalDisplayString(model, Node.SpanStart);

    /// <summary>
    /// The static member that holds <paramref name="value"/>, by the SDK generator's naming (<c>"user"</c> →
    /// <c>USER</c>, <c>"CipherText"</c> → <c>CIPHERTEXT</c>, <c>1</c> → <c>NUMBER_1</c>), if the class declares it.
    /// </summary>
    public string? MemberFor(string value)
    {
        var name = value.Length > 0 && IsDigits(value) ? NumberPrefix + value : value.ToUpperInvariant();
        foreach (var member in Type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsStatic: true } field && SymbolEqualityComparer.Default.Equals(field.Type, Type))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
