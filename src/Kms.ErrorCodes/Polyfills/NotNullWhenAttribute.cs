#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis;

// netstandard2.0 lacks it; the compiler only needs the name.
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class NotNullWhenAttribute : Attribute
{
    public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

    public bool ReturnValue { get; }
}
#endif
