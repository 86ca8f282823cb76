namespace Kms.Analyzers;

/// <summary>An entry of <see cref="RequestParameter.SdkProperties"/>: <c>Type.Property</c>, or <c>Type.Property@A|B</c>.</summary>
internal readonly struct SdkPropertyName
{
    private SdkPropertyName(RequestParameter parameter, string typeName, string propertyName, string[]? writtenInside)
    {
        Parameter = parameter;
        TypeName = typeName;
        PropertyName = propertyName;
        WrittenInside = writtenInside;
    }

    /// <summary>The row the entry belongs to.</summary>
    public RequestParameter Parameter { get; }

    /// <summary>The body type's name, or <see cref="RequestParameters.AnyBody"/>.</summary>
    public string TypeName { get; }

    public string PropertyName { get; }

    /// <summary>The members the object must be written in for the property to be checked; null: everywhere.</summary>
    public string[]? WrittenInside { get; }

    /// <summary>
    /// The SDK enum class the property holds, for an enumerated row (<c>CreateKeyRequestBody.KeySpec</c> →
    /// <c>KeySpecEnum</c>, nested in the body type); null for other rows.
    /// </summary>
    public string? EnumClassName => Parameter.Constraint is EnumConstraint ? PropertyName + WellKnownMemberNames.EnumClassSuffix : null;

    public static SdkPropertyName Parse(string entry, RequestParameter parameter)
    {
        var dot = entry.IndexOf('.');
        var at = entry.IndexOf('@');
        return at < 0
            ? new SdkPropertyName(parameter, entry.Substring(0, dot), entry.Substring(dot + 1), null)
            : new SdkPropertyName(parameter, entry.Substring(0, dot), entry.Substring(dot + 1, at - dot - 1), entry.Substring(at + 1).Split('|'));
    }
}
