using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kms.Analyzers;

/// <summary>
/// A member read on a value: <c>e.ErrorCode</c>, <c>e?.ErrorCode</c>, <c>e.ToString()</c>. Knows the receiver
/// (<c>e</c>), the expression that stands for the read (the subject of comparisons) and how to read ErrorCode instead.
/// </summary>
internal readonly struct ExceptionMember
{
    private readonly string access;

    private ExceptionMember(string name, ExpressionSyntax receiver, ExpressionSyntax subject, string access)
    {
        Name = name;
        Receiver = receiver;
        Subject = subject;
        this.access = access;
    }

    public string Name { get; }

    public ExpressionSyntax Receiver { get; }

    /// <summary>What comparisons compare: the member access, the conditional access, or the ToString() call.</summary>
    public ExpressionSyntax Subject { get; }

    /// <summary>The same receiver's ErrorCode, as text: <c>e.ErrorCode</c> or <c>e?.ErrorCode</c>. Built only when a fix needs it.</summary>
    public string ErrorCodeAccess => Receiver.ToString() + access + WellKnownMemberNames.ErrorCode;

    /// <summary>The member reads among the operands of a comparison node (see <see cref="ComparedValues.SubjectsOf"/>).</summary>
    /// <remarks>Runs on every comparison and call: nothing is allocated unless an operand reads one of the five names.</remarks>
    public static IReadOnlyList<ExceptionMember> ReadsComparedBy(SyntaxNode check)
    {
        List<ExpressionSyntax>? subjects = null;
        ComparedValues.SubjectsOf(check, ref subjects, IsExceptionRead);
        if (subjects is null)
        {
            return System.Array.Empty<ExceptionMember>();
        }

        var reads = new List<ExceptionMember>(subjects.Count);
        foreach (var subject in subjects)
        {
            if (TryGetOperand(subject, out var read))
            {
                reads.Add(read);
            }
        }

        return reads;
    }

    /// <summary>The cheap syntactic test: does the operand end in ErrorCode, ErrorMsg, ErrorMessage, Message or ToString()?</summary>
    private static bool IsExceptionRead(ExpressionSyntax operand)
    {
        var name = operand switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } => binding.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax toString } => toString.Name.Identifier.ValueText,
            ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax => "(",
            _ => null,
        };
        return name is "(" or WellKnownMemberNames.ErrorCode or WellKnownMemberNames.ErrorMsg or WellKnownMemberNames.ErrorMessage or WellKnownMemberNames.Message or nameof(ToString);
    }

    /// <summary>From an operand of a comparison: <c>e.X</c>, <c>e?.X</c>, <c>e.ToString()</c>, in parentheses or with <c>!</c>.</summary>
    private static bool TryGetOperand(ExpressionSyntax operand, out ExceptionMember member)
    {
        while (operand is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            operand = operand is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)operand).Operand;
        }

        SyntaxNode? read = operand switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax toString } => toString,
            ConditionalAccessExpressionSyntax { WhenNotNull: MemberBindingExpressionSyntax binding } => binding,
            MemberAccessExpressionSyntax memberAccess => memberAccess,
            _ => null,
        };
        member = default;
        return read is not null && TryGet(read, out member) && member.Subject == operand;
    }

    /// <summary>From a SimpleMemberAccessExpression or MemberBindingExpression node; ToString only when called with no argument.</summary>
    public static bool TryGet(SyntaxNode node, out ExceptionMember member)
    {
        member = default;
        ExpressionSyntax receiver;
        ExpressionSyntax subject;
        string name;
        string access;
        switch (node)
        {
            case MemberAccessExpressionSyntax memberAccess:
                name = memberAccess.Name.Identifier.ValueText;
                receiver = memberAccess.Expression;
                subject = memberAccess;
                access = ".";
                break;

            case MemberBindingExpressionSyntax { Parent: ConditionalAccessExpressionSyntax conditional } binding when conditional.WhenNotNull == binding:
                name = binding.Name.Identifier.ValueText;
                receiver = conditional.Expression;
                subject = conditional;
                access = "?.";
                break;

            default:
                return false;
        }

        if (name == nameof(ToString))
        {
            if (subject.Parent is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } call || call.Expression != subject)
            {
                return false;
            }

            subject = call;
        }

        member = new ExceptionMember(name, receiver, subject, access);
        return true;
    }
}
