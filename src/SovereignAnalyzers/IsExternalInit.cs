namespace System.Runtime.CompilerServices;

/// <summary>
/// Lets netstandard2.0 code declare records and <c>init</c> accessors: the compiler needs this type, which
/// only newer frameworks define.
/// </summary>
internal static class IsExternalInit
{
}
