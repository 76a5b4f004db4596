namespace SovereignAnalyzers.Configuration;

internal enum ConfigurationFormat
{
    /// <summary>Not a configuration file: not scanned.</summary>
    None,
    Json,
    Xml,
    Env,

    /// <summary>An opted-in file of another format, read line by line.</summary>
    PlainText,
}
