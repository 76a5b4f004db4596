using System;
using System.IO;
using System.Text;

namespace SovereignAnalyzers.Cli.CommandLine;

/// <summary>Where a command's result goes: a file (<c>--output</c>) or standard output; messages go to standard error.</summary>
internal static class Output
{
    public static void Write(string? path, string content)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            Console.Out.Write(content);
            Console.Out.Flush();
            return;
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static void Error(string message) => Console.Error.WriteLine(message);

    /// <summary>Whether a progress display may be drawn: standard error is a terminal and no CI server is running us.</summary>
    public static bool Interactive
        => !Console.IsErrorRedirected
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"))
           && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GITHUB_ACTIONS"));
}
