using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Kms.CatalogRefresh;

/// <summary>A first guess at a constant's name, from the code's message: its words in PascalCase. A maintainer checks it.</summary>
public static class NameProposal
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "is", "to", "in", "and", "has", "been" };

    public static string From(string message)
    {
        var name = new StringBuilder();
        foreach (var word in message.Split(new[] { ' ', '.', ',', '_', '-', '/', '(', ')', ':', '\'' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Skipped.Contains(word) || !char.IsLetterOrDigit(word[0]))
            {
                continue;
            }

            name.Append(char.ToUpper(word[0], CultureInfo.InvariantCulture));
            foreach (var c in word.AsSpan(1))
            {
                if (char.IsLetterOrDigit(c))
                {
                    name.Append(c);
                }
            }
        }

        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            name.Insert(0, "Code");
        }

        return name.ToString();
    }

    /// <summary><paramref name="name"/>, or with a number after it where another code has that name; the result is taken.</summary>
    public static string Unique(string name, HashSet<string> taken)
    {
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = name + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
