using System;
using System.Runtime.CompilerServices;

namespace Kms.Analyzers;

/// <summary>
/// A set of whole identifiers looked up by <see cref="SourceScan"/>'s hash, open addressing; a collision only
/// admits a file needlessly. A per-letter length mask spares hashing most identifiers.
/// </summary>
internal sealed class WordTable
{
    private uint[] keys = new uint[64];
    private WordKinds[] kinds = new WordKinds[64];
    private int mask = 63;
    private readonly ulong[] lengthsByFirst = new ulong[129]; // by first character, every non-ASCII one at 128; bit n: a word of length n (63: of 63 or more)

    /// <summary>How many words the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Adds <paramref name="word"/> as <paramref name="kind"/> (to the kinds it already has). A table is filled before
    /// it is shared, and built without a dictionary: a dictionary keyed to this enum is compiled afresh in every build.
    /// </summary>
    public void Add(string word, WordKinds kind)
    {
        if ((Count + 1) * 4 > keys.Length)
        {
            Grow();
        }

        var key = Key(word);
        var slot = Slot(key);
        if (keys[slot] == 0)
        {
            keys[slot] = key;
            Count++;
        }

        kinds[slot] |= kind;
        if (word.Length > 0)
        {
            lengthsByFirst[FirstIndex(word[0])] |= LengthBit(word.Length);
        }
    }

    /// <summary>The slot of <paramref name="key"/>: where it is, or the empty slot where it goes.</summary>
    private int Slot(uint key)
    {
        var slot = (int)key & mask;
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldKinds = kinds;
        keys = new uint[oldKeys.Length * 2];
        kinds = new WordKinds[keys.Length];
        mask = keys.Length - 1;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                var slot = Slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                kinds[slot] = oldKinds[i];
            }
        }
    }

    /// <summary>Whether an identifier that starts with <paramref name="first"/> and has <paramref name="length"/> characters can be a word.</summary>
    [MethodImpl(Jit.Optimized)]
    public bool MayHold(char first, int length) => (lengthsByFirst[FirstIndex(first)] & LengthBit(length)) != 0;

    [MethodImpl(Jit.Optimized)]
    private static int FirstIndex(char first) => first < 128 ? first : 128;

    [MethodImpl(Jit.Optimized)]
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>What a whole identifier of <paramref name="length"/> characters with running hash <paramref name="hash"/> is, if it is a word.</summary>
    [MethodImpl(Jit.Optimized)]
    public WordKinds Find(uint hash, int length)
    {
        var key = Key(hash, length);
        for (var slot = (int)key & mask; keys[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                return kinds[slot];
            }
        }

        return WordKinds.None;
    }

    /// <summary>What <paramref name="name"/> is, if it is a word.</summary>
    public WordKinds Find(string name) => Find(Hash(name), name.Length);

    /// <summary>The running hash of one more character: FNV-1a over UTF-16 code units.</summary>
    [MethodImpl(Jit.Optimized)]
    public static uint Next(uint hash, char c) => (hash ^ c) * 16777619u;

    public const uint EmptyHash = 2166136261u;

    private static uint Key(string word) => Key(Hash(word), word.Length);

    /// <summary>The running hash of a whole word, as the scan computes it character by character.</summary>
    private static uint Hash(string word)
    {
        var hash = EmptyHash;
        foreach (var c in word)
        {
            hash = Next(hash, c);
        }

        return hash;
    }

    [MethodImpl(Jit.Optimized)]
    private static uint Key(uint hash, int length)
    {
        var key = (hash ^ ((uint)length * 2654435761u)) * 2246822519u;
        return key == 0 ? 1 : key;
    }
}
