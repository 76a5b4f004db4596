using System.Resources;

// Strings.resx is English; Strings.fr.resx its French translation.
[assembly: NeutralResourcesLanguage("en")]
