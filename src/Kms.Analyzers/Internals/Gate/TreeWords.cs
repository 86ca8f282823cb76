using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Kms.Analyzers;

/// <summary>
/// The kinds of rule words one file contains, read once per syntax tree, so an editor's unchanged tree keeps
/// its answer across compilations.
/// </summary>
internal static class TreeWords
{
    private static readonly ConditionalWeakTable<SyntaxTree, Answer> Cache = new();
    private static readonly ConditionalWeakTable<SyntaxTree, Answer>.CreateValueCallback Reader = ReadTree;
    private static readonly Answer[] Answers = CreateAnswers();

    public static WordKinds Of(SyntaxTree tree) => Cache.GetValue(tree, Reader).Found;

    private const WordKinds Read = WordKinds.Kms | WordKinds.Sdk | WordKinds.GenericSdk | WordKinds.MayDeclare;

    private static Answer ReadTree(SyntaxTree tree) => Answers[(int)SourceScan.Find(tree, RuleWords.Fixed, Read, default)];

    private static Answer[] CreateAnswers()
    {
        var answers = new Answer[(int)Read + 1];
        for (var kinds = 0; kinds < answers.Length; kinds++)
        {
            answers[kinds] = new Answer((WordKinds)kinds);
        }

        return answers;
    }

    /// <summary>A boxed <see cref="WordKinds"/>: the weak table holds reference types.</summary>
    private sealed class Answer
    {
        public Answer(WordKinds found) => Found = found;

        public WordKinds Found { get; }
    }
}
