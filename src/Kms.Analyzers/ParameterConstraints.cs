using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kms.Analyzers
{
    /// <summary>What a request parameter accepts.</summary>
    internal abstract class ParameterConstraint
    {
        /// <summary>What is accepted, for the message: "an integer from 7 to 1096".</summary>
        public abstract string Accepted { get; }
    }

    /// <summary>An integer in a range, optionally a multiple of a step; values outside have a nearest valid value.</summary>
    internal sealed class IntegerConstraint : ParameterConstraint
    {
        private readonly long min;
        private readonly long? max;
        private readonly long multiple;
        private readonly string minConstant;
        private readonly string? maxConstant;

        public IntegerConstraint(long min, string minConstant, long? max = null, string? maxConstant = null, long multiple = 1)
        {
            this.min = min;
            this.minConstant = minConstant;
            this.max = max;
            this.maxConstant = maxConstant;
            this.multiple = multiple;
        }

        public override string Accepted
            => min == max ? "exactly " + Format(min)
                : max is null ? "an integer of at least " + Format(min)
                : "an integer from " + Format(min) + " to " + Format(max.Value) + (multiple > 1 ? ", a multiple of " + Format(multiple) : string.Empty);

        public bool IsValid(long value) => value >= min && (max is null || value <= max) && value % multiple == 0;

        /// <summary>The accepted value closest to <paramref name="value"/>; halfway between two multiples, the larger.</summary>
        public long Nearest(long value)
        {
            var clamped = value < min ? min : max is { } upperBound && value > upperBound ? upperBound : value;
            var lower = clamped - (clamped % multiple);
            var upper = lower + multiple;
            var nearest = clamped - lower < upper - clamped ? lower : upper;
            return nearest > max ? lower : nearest < min ? upper : nearest;
        }

        /// <summary>The <c>KmsLimits</c> constant whose value is <paramref name="value"/>, if one is.</summary>
        public string? LimitsConstantFor(long value) => value == min ? minConstant : value == max ? maxConstant : null;

        private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A string of bounded length, optionally of given characters and not ending in a reserved suffix. No fix: no nearest text.</summary>
    internal sealed class TextConstraint : ParameterConstraint
    {
        private readonly int minLength;
        private readonly int maxLength;
        private readonly Regex? characters;
        private readonly string? charactersDescription;
        private readonly string? forbiddenSuffix;

        public TextConstraint(int minLength, int maxLength, Regex? characters = null, string? charactersDescription = null, string? forbiddenSuffix = null)
        {
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.characters = characters;
            this.charactersDescription = charactersDescription;
            this.forbiddenSuffix = forbiddenSuffix;
        }

        public override string Accepted
        {
            get
            {
                var length = minLength == maxLength ? "exactly " + maxLength.ToString(CultureInfo.InvariantCulture)
                    : minLength == 0 ? "at most " + maxLength.ToString(CultureInfo.InvariantCulture)
                    : minLength.ToString(CultureInfo.InvariantCulture) + " to " + maxLength.ToString(CultureInfo.InvariantCulture);
                return length + " characters"
                    + (charactersDescription is null ? string.Empty : " of " + charactersDescription)
                    + (forbiddenSuffix is null ? string.Empty : ", not ending in '" + forbiddenSuffix + "'");
            }
        }

        public bool IsValid(string text)
            => text.Length >= minLength
               && text.Length <= maxLength
               && (characters is null || characters.IsMatch(text))
               && (forbiddenSuffix is null || !text.EndsWith(forbiddenSuffix, System.StringComparison.Ordinal));
    }

    /// <summary>The operations of a grant: a list that holds only <c>create-grant</c> is rejected.</summary>
    internal sealed class OperationsConstraint : ParameterConstraint
    {
        private const string CreateGrant = "create-grant";

        public override string Accepted => "at least one operation besides " + CreateGrant;

        public bool IsValid(IReadOnlyList<string> operations)
        {
            foreach (var operation in operations)
            {
                if (operation != CreateGrant)
                {
                    return true;
                }
            }

            return operations.Count == 0;
        }
    }
}
