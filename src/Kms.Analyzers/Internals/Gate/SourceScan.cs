using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Kms.Analyzers;

/// <summary>
/// One allocation-free pass over a file's text: whole identifiers (inside strings too) that may be a
/// <see cref="WordTable"/> word are hashed and looked up; "kms" in any case, or escaped, is found anywhere.
/// </summary>
internal static class SourceScan
{
    private const int ChunkLength = 4096;

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
    [MethodImpl(Jit.Optimized)]
    public static WordKinds Find(SourceText text, WordTable table, WordKinds enough, CancellationToken cancellationToken)
    {
        var buffer = chunk ??= new char[ChunkLength];
        var identifier = IdentifierAscii;
        var found = WordKinds.None;
        var escape = new Escape();
        var kms = 0; // how much of "kms" the last characters of the previous chunk spelled (0, 1 or 2)
        var carried = default(Run); // an identifier the previous chunk ended in

        for (var start = 0; start < text.Length; start += ChunkLength)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(ChunkLength, text.Length - start);
            var last = start + count == text.Length;
            text.CopyTo(start, buffer, 0, count);
            escape.Read(buffer, 0, count, ref found);
            found |= KmsContinued(buffer, count, kms);
            kms = 0;
            if (carried.Length > 0 && !IsIdentifier(buffer[0], identifier))
            {
                found |= carried.Word(table);
                carried = default;
            }

            var i = 0;
            while (i < count)
            {
                var c = buffer[i];
                if (!IsIdentifier(c, identifier))
                {
                    if (c == '\\')
                    {
                        escape.Start(buffer, i + 1, count, ref found);
                    }

                    i++;
                    continue;
                }

                var runStart = i;
                do
                {
                    if ((c | 0x20) == 'k')
                    {
                        found |= KmsAt(buffer, i, count, ref kms);
                    }

                    i++;
                }
                while (i < count && IsIdentifier(c = buffer[i], identifier));

                var goesOn = i == count && !last; // the identifier may go on in the next chunk
                carried = carried.Extend(buffer, runStart, i, goesOn, table);
                if (goesOn)
                {
                    break;
                }

                found |= carried.Word(table);
                carried = default;
                if ((found & enough) == enough)
                {
                    return found;
                }
            }
        }

        return found;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsIdentifier(char c, bool[] identifier) => c >= 0x80 || identifier[c];

    /// <summary>"kms" at the <c>k</c> at <paramref name="i"/>; at the chunk's end, how much of it the chunk spells, for the next.</summary>
    [MethodImpl(Jit.Optimized)]
    private static WordKinds KmsAt(char[] buffer, int i, int count, ref int spelled)
    {
        if (i + 2 < count)
        {
            return (buffer[i + 1] | 0x20) == 'm' && (buffer[i + 2] | 0x20) == 's' ? WordKinds.Kms : WordKinds.None;
        }

        spelled = i + 1 == count ? 1 : (buffer[i + 1] | 0x20) == 'm' ? 2 : 0;
        return WordKinds.None;
    }

    /// <summary>The rest of a "kms" the previous chunk began (<paramref name="spelled"/> characters of it).</summary>
    [MethodImpl(Jit.Optimized)]
    private static WordKinds KmsContinued(char[] buffer, int count, int spelled) => spelled switch
    {
        1 when count >= 2 && (buffer[0] | 0x20) == 'm' && (buffer[1] | 0x20) == 's' => WordKinds.Kms,
        2 when count >= 1 && (buffer[0] | 0x20) == 's' => WordKinds.Kms,
        _ => WordKinds.None,
    };

    private static bool[] CreateIdentifierAscii()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        }

        return table;
    }

    /// <summary>
    /// An identifier read so far, possibly across chunks: its first character, its length and, once it may be a word,
    /// the hash of its characters (computed only for the part a chunk holds when the chunk ends inside it).
    /// </summary>
    private readonly struct Run
    {
        private readonly char first;
        private readonly uint hash;

        private Run(char first, int length, uint hash)
        {
            this.first = first;
            Length = length;
            this.hash = hash;
        }

        public int Length { get; }

        /// <summary>
        /// This run followed by the characters <paramref name="from"/> to <paramref name="to"/> of
        /// <paramref name="buffer"/>; <paramref name="goesOn"/>: the chunk ends inside it.
        /// </summary>
        [MethodImpl(Jit.Optimized)]
        public Run Extend(char[] buffer, int from, int to, bool goesOn, WordTable table)
        {
            var first = Length == 0 ? buffer[from] : this.first;
            var length = Length + (to - from);
            // The hash of a part is needed only when the identifier goes on (its final length is not known yet) or when
            // it may be a word.
            var hash = Length == 0 ? WordTable.EmptyHash : this.hash;
            if (goesOn || table.MayHold(first, length))
            {
                for (var i = from; i < to; i++)
                {
                    hash = WordTable.Next(hash, buffer[i]);
                }
            }

            return new Run(first, length, hash);
        }

        /// <summary>What the finished identifier is as a word of <paramref name="table"/>.</summary>
        [MethodImpl(Jit.Optimized)]
        public WordKinds Word(WordTable table) => Length > 0 && table.MayHold(first, Length) ? table.Find(hash, Length) : WordKinds.None;
    }

    /// <summary>
    /// A <c>\u</c>, <c>\U</c> or <c>\x</c> escape read ahead from its backslash, across a chunk's end when it must be:
    /// "kms" is found when its digits so far spell K, M or S.
    /// </summary>
    private struct Escape
    {
        private int state; // 0: none, 1: after a backslash, 2 to 9: reading the escape's hex digits
        private int value;

        [MethodImpl(Jit.Optimized)]
        public void Start(char[] buffer, int from, int count, ref WordKinds found)
        {
            state = 1;
            Read(buffer, from, count, ref found);
        }

        /// <summary>Reads the escape on from <paramref name="from"/>, while one is open.</summary>
        [MethodImpl(Jit.Optimized)]
        public void Read(char[] buffer, int from, int count, ref WordKinds found)
        {
            for (var i = from; state != 0 && i < count; i++)
            {
                Next(buffer[i], ref found);
            }
        }

        [MethodImpl(Jit.Optimized)]
        private void Next(char c, ref WordKinds found)
        {
            if (state == 1)
            {
                value = 0;
                state = c is 'u' or 'U' or 'x' ? 2 : 0;
                return;
            }

            var digit = (uint)(c - '0') <= 9 ? c - '0' : (uint)((c | 0x20) - 'a') <= 5 ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                state = 0;
                return;
            }

            value = (value << 4) | digit;
            if (value is 'K' or 'k' or 'M' or 'm' or 'S' or 's')
            {
                found |= WordKinds.Kms;
            }

            state = state == 9 ? 0 : state + 1;
        }
    }
}
