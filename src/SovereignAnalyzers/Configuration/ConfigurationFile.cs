using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Configuration;

/// <summary>Which additional files are configuration files, in which format, and their values.</summary>
internal static class ConfigurationFile
{
    /// <summary>
    /// Files longer than this (in characters) are not scanned: a configuration file is a few kilobytes,
    /// and a multi-megabyte one (a data dump given the wrong name) must not stall the build.
    /// </summary>
    public const int MaxScannedLength = 2 * 1024 * 1024;

    private static readonly char[] DirectorySeparators = { '/', '\\' };

    /// <summary>
    /// The format of the file at <paramref name="path"/>. Known by name: <c>appsettings*.json</c>,
    /// <c>local.settings.json</c>, <c>*.config</c> (but not NuGet's <c>nuget.config</c> and
    /// <c>packages.config</c>, which describe the build, not the application), <c>.env*</c> and <c>*.env</c>.
    /// <paramref name="optIn"/> is the project's <c>SovereigntyScan</c> item metadata: true adds any
    /// other file (its format from its extension, plain text when unknown), false removes a known one.
    /// </summary>
    public static ConfigurationFormat FormatOf(string path, bool? optIn)
    {
        if (optIn == false)
        {
            return ConfigurationFormat.None;
        }

        var name = FileName(path);
        if ((StartsWith(name, "appsettings") && EndsWith(name, ".json")) || IsNamed(name, "local.settings.json"))
        {
            return ConfigurationFormat.Json;
        }

        if (EndsWith(name, ".config") && !IsNamed(name, "nuget.config") && !IsNamed(name, "packages.config"))
        {
            return ConfigurationFormat.Xml;
        }

        if (IsEnvFile(name))
        {
            return ConfigurationFormat.Env;
        }

        if (optIn != true)
        {
            return ConfigurationFormat.None;
        }

        if (EndsWith(name, ".json") || EndsWith(name, ".jsonc"))
        {
            return ConfigurationFormat.Json;
        }

        return EndsWith(name, ".config") || EndsWith(name, ".xml")
            ? ConfigurationFormat.Xml
            : ConfigurationFormat.PlainText;
    }

    /// <summary>The values of a file's text, in file order.</summary>
    public static List<ConfigurationValue> ReadValues(ConfigurationFormat format, string text)
        => format switch
        {
            ConfigurationFormat.Json => JsonConfigurationReader.Read(text),
            ConfigurationFormat.Xml => XmlConfigurationReader.Read(text),
            ConfigurationFormat.Env => EnvFileReader.Read(text),
            ConfigurationFormat.PlainText => PlainTextReader.Read(text),
            _ => new List<ConfigurationValue>(),
        };

    /// <summary>
    /// The name after the last directory separator. Not <c>Path.GetFileName</c>, which throws on .NET
    /// Framework hosts for characters it deems invalid in paths.
    /// </summary>
    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(DirectorySeparators) + 1);

    /// <summary><c>.env</c>, <c>.env.production</c>, <c>.env.local</c>, <c>.envrc</c>, <c>docker.env</c>.</summary>
    private static bool IsEnvFile(string name) => StartsWith(name, ".env") || EndsWith(name, ".env");

    private static bool StartsWith(string name, string prefix) => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static bool EndsWith(string name, string suffix) => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    private static bool IsNamed(string name, string other) => string.Equals(name, other, StringComparison.OrdinalIgnoreCase);
}
