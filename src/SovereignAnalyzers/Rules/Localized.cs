using System.Resources;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Resources;

[assembly: NeutralResourcesLanguage("en")]

namespace SovereignAnalyzers.Rules;

/// <summary>
/// Texts from <c>Strings.resx</c> (English) and its translations (<c>Strings.fr.resx</c>, edited together
/// with eng/resx.py). Callers name resources with <c>nameof(Strings.X)</c> so that a missing one fails the
/// build; a test checks that every resource exists in every language with the same placeholders.
/// </summary>
internal static class Localized
{
    public static LocalizableString Create(string name) => new LocalizableResourceString(name, Strings.ResourceManager, typeof(Strings));
}
