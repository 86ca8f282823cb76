using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers;

/// <summary>
/// One pass over a file's text that finds the words the rules need: every whole identifier (a run of letters, digits,
/// underscores and non-ASCII characters, so a JSON name inside a string counts too) is looked up in a
/// <see cref="WordTable"/> by a hash computed on the way, "kms" is found in any case inside any identifier, and a
/// <c>\u</c>, <c>\U</c> or <c>\x</c> escape of K, M or S counts as "kms" (it may spell a code). The text is read in
/// chunks into a per-thread buffer, never copied whole; nothing is allocated.
/// </summary>
internal static class SourceScan
{
    private const int ChunkLength = 4096;
    private const int Kms = ('k' << 16) | ('m' << 8) | 's';

    [ThreadStatic]
    private static char[]? chunk;

    // The ASCII characters of an identifier; every non-ASCII character counts as one too.
    private static readonly bool[] IdentifierAscii = CreateIdentifierAscii();

    /// <summary>The words of <paramref name="table"/> in a file: its text as parsed (a tree built from nodes is written out once).</summary>
    public static WordKinds Find(SyntaxTree tree, WordTable table, WordKinds enough, CancellationToken cancellationToken)
        => Find(tree.TryGetText(out var text) ? text : tree.GetText(cancellationToken), table, enough, cancellationToken);

    /// <summary>
    /// The kinds of the words of <paramref name="table"/> in <paramref name="text"/>, and <see cref="WordKinds.Kms"/>
    /// where "kms" is; reading stops once every kind in <paramref name="enough"/> is found.
    /// </summary>
    public static WordKinds Find(SourceText text, WordTable table, WordKinds enough, CancellationToken cancellationToken)
    {
        var buffer = chunk ??= new char[ChunkLength];
        var identifier = IdentifierAscii;
        var found = WordKinds.None;
        var hash = WordTable.EmptyHash;
        var length = 0;
        var window = 0;
        var escape = 0; // 0: none, 1: after a backslash, 2 to 9: reading the escape's hex digits
        var escapeValue = 0;

        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunkLength, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i < count; i++)
            {
                var c = buffer[i];
                if (c >= 0x80 || identifier[c])
                {
                    hash = WordTable.Next(hash, c);
                    length++;
                    window = ((window << 8) | (c | 0x20)) & 0xFFFFFF;
                    if (window == Kms)
                    {
                        found |= WordKinds.Kms;
                    }

                    if (escape != 0)
                    {
                        escape = Escape(escape, c, ref escapeValue, ref found);
                    }

                    continue;
                }

                if (length > 0)
                {
                    found |= table.Find(hash, length);
                    if ((found & enough) == enough)
                    {
                        return found;
                    }

                    hash = WordTable.EmptyHash;
                    length = 0;
                    window = 0;
                }

                escape = c == '\\' ? 1 : 0;
            }
        }

        return length > 0 ? found | table.Find(hash, length) : found;
    }

    /// <summary>The next state of an escape after <paramref name="c"/>; "kms" is found when its digits so far spell K, M or S.</summary>
    private static int Escape(int escape, char c, ref int value, ref WordKinds found)
    {
        if (escape == 1)
        {
            value = 0;
            return c is 'u' or 'U' or 'x' ? 2 : 0;
        }

        var digit = (uint)(c - '0') <= 9 ? c - '0' : (uint)((c | 0x20) - 'a') <= 5 ? (c | 0x20) - 'a' + 10 : -1;
        if (digit < 0)
        {
            return 0;
        }

        value = (value << 4) | digit;
        if (value is 'K' or 'k' or 'M' or 'm' or 'S' or 's')
        {
            found |= WordKinds.Kms;
        }

        return escape == 9 ? 0 : escape + 1;
    }

    private static bool[] CreateIdentifierAscii()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        }

        return table;
    }
}
