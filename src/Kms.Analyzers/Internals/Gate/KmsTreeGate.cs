using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Kms.Analyzers;

/// <summary>
/// Whether a file can matter to any rule: it has a word the rules declare, or one another file declares. One per
/// compilation, so each file's text is read once however many rules ask (CONTRIBUTING.md explains the gate).
/// </summary>
internal sealed class KmsTreeGate
{
    private const int Unread = 0;
    private const int Absent = 1;
    private const int Present = 2;

    private static readonly ConditionalWeakTable<Compilation, KmsTreeGate> Gates = new();
    private static readonly ConditionalWeakTable<Compilation, KmsTreeGate>.CreateValueCallback Create = static compilation => new KmsTreeGate(compilation);

    private readonly Compilation compilation;
    private readonly object declaredLock = new();
    private Declarations? declarations;
    private int sdk = Unread;
    private int nextUnread; // the next file whose words a callback waiting for the declared words reads

    private KmsTreeGate(Compilation compilation) => this.compilation = compilation;

    public static KmsTreeGate For(Compilation compilation) => Gates.GetValue(compilation, Create);

    /// <summary>Whether any rule can find anything in <paramref name="tree"/>.</summary>
    public bool Admits(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var found = TreeWords.Of(tree);
        if (AdmitsByItself(found))
        {
            return true;
        }

        var declared = Declared(cancellationToken);
        return ((found & WordKinds.GenericSdk) != 0 && declared.Words.KmsNamespaceImportedGlobally && HasSdk())
               || declared.Mentions(tree, cancellationToken);
    }

    /// <summary>Whether another file of the compilation declares <paramref name="name"/> (a JSON-named property, a code's type).</summary>
    public bool IsDeclared(string name, CancellationToken cancellationToken)
        => Declared(cancellationToken).Words.Table?.Find(name) is WordKinds.DeclaredInCompilation;

    private bool AdmitsByItself(WordKinds found) => (found & WordKinds.Kms) != 0 || ((found & WordKinds.Sdk) != 0 && HasSdk());

    /// <summary>
    /// Whether the compilation has a <c>HuaweiCloud</c> namespace: asked only of a file with an SDK word and no other,
    /// so a compilation start, and a build whose files have none, never looks into the references.
    /// </summary>
    private bool HasSdk()
    {
        var known = Volatile.Read(ref sdk);
        return known != Unread ? known == Present : Keep(ref sdk, HasHuaweiCloudNamespace(compilation));
    }

    private static bool HasHuaweiCloudNamespace(Compilation compilation)
    {
        foreach (var _ in compilation.GlobalNamespace.GetMembers("HuaweiCloud"))
        {
            return true;
        }

        return false;
    }

    /// <summary>
    /// Keeps a yes or no worked out once (<see cref="Present"/> or <see cref="Absent"/> where it was
    /// <see cref="Unread"/>); rules working it out at once find the same answer.
    /// </summary>
    private static bool Keep(ref int answer, bool value)
    {
        Volatile.Write(ref answer, value ? Present : Absent);
        return value;
    }

    private Declarations Declared(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref declarations) is { } ready)
        {
            return ready;
        }

        // Every file's words first: a callback that asks early scans unread files itself rather than wait,
        // since a build counts waiting as work.
        var trees = SyntaxTrees();
        for (int next; (next = Interlocked.Increment(ref nextUnread) - 1) < trees.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TreeWords.Of(trees[next]);
        }

        // Then the walk of the declarations of the files that can declare something: short, so the others wait for it.
        lock (declaredLock)
        {
            return declarations ??= new Declarations(
                DeclaredWords.Collect(trees, word => AdmitsByItself(RuleWords.Fixed.Find(word)), cancellationToken),
                trees);
        }
    }

    private ImmutableArray<SyntaxTree> SyntaxTrees()
        => compilation is CSharpCompilation csharp ? csharp.SyntaxTrees : ImmutableArray.CreateRange(compilation.SyntaxTrees);

    /// <summary>
    /// The declared words, and for each file whether it mentions one: read once per file for all rules, kept in an
    /// array by the file's position, so asking again costs a lookup and no allocation.
    /// </summary>
    private sealed class Declarations
    {
        private readonly Dictionary<SyntaxTree, int> positions = new();
        private readonly int[] mentions;

        public Declarations(DeclaredWords words, ImmutableArray<SyntaxTree> trees)
        {
            Words = words;
            if (words.Table is not null)
            {
                foreach (var tree in trees)
                {
                    positions.Add(tree, positions.Count);
                }
            }

            mentions = new int[positions.Count];
        }

        public DeclaredWords Words { get; }

        public bool Mentions(SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (Words.Table is null)
            {
                return false;
            }

            if (!positions.TryGetValue(tree, out var position))
            {
                return Read(tree, cancellationToken); // not a tree of the compilation: read, not kept
            }

            var known = Volatile.Read(ref mentions[position]);
            return known != Unread ? known == Present : Keep(ref mentions[position], Read(tree, cancellationToken));
        }

        private bool Read(SyntaxTree tree, CancellationToken cancellationToken)
            => SourceScan.Find(tree, Words.Table!, WordKinds.DeclaredInCompilation, cancellationToken) != WordKinds.None;
    }
}
