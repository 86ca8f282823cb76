namespace Kms.Analyzers
{
    /// <summary>Keys of <c>Diagnostic.Properties</c>: the fix data travels with the diagnostic, so fixers never re-derive it.</summary>
    internal static class DiagnosticPropertyNames
    {
        /// <summary>Comma-separated <c>KmsErrorCodes</c> constant names to offer, best first.</summary>
        public const string ConstantNames = "ConstantNames";
    }
}
