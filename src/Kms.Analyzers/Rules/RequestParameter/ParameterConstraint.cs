using System;

namespace Kms.Analyzers;

/// <summary>
/// What a request parameter accepts, and its verdict on a constant: each kind of the table's Kind column is a class
/// of its own, built by <see cref="Create"/> from a row's cells.
/// </summary>
internal abstract class ParameterConstraint
{
    /// <summary>What is accepted, for the message: "an integer from 7 to 1096".</summary>
    public abstract string Accepted { get; }

    /// <summary>A row's constraint: <paramref name="kind"/> is the Kind cell, the rest the cells its kind reads.</summary>
    public static ParameterConstraint Create(string kind, Limit min, Limit max, Limit multiple, string? characters, string? charactersText, string? forbidden, string[]? values)
        => kind switch
        {
            "integer" => new IntegerConstraint(min, max, multiple),
            "digits" => new IntegerConstraint(min, max, multiple, plainDigits: true),
            "text" => new TextConstraint(min, max, characters, charactersText, forbidden),
            "bytes" => new TextConstraint(min, max, characters, charactersText, forbidden, countsUtf8Bytes: true),
            "enum" => new EnumConstraint(values ?? Array.Empty<string>()),
            "items" => new ItemCountConstraint(max),
            "operations" => new OperationsConstraint(),
            _ => throw new ArgumentException("No constraint of kind " + kind, nameof(kind)),
        };

    /// <summary>The value as this constraint reads it from <paramref name="operation"/>; null where it is not a constant.</summary>
    public virtual ConstantParameterValue? Read(Microsoft.CodeAnalysis.IOperation operation) => ConstantParameterValue.From(operation);

    /// <summary>Whether it says anything of a value of this kind (a text constraint of a number: no).</summary>
    public abstract bool Judges(ConstantParameterValue value);

    /// <summary>Its verdict on a value it judges: null where it accepts it.</summary>
    public abstract ParameterVerdict? Judge(ConstantParameterValue value, SdkEnumClassUse? enumClass);

    /// <summary>A text as the message shows it: quoted, and cut after 40 characters.</summary>
    protected static string Quote(string text)
        => text.Length <= 40
            ? "\"" + text + "\""
            : "\"" + text.Substring(0, 40) + "...\" (" + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters)";
}
