using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>Runs <c>dotnet restore</c> as a build would, so that a project is never analysed without its packages.</summary>
internal static class Restore
{
    /// <summary>Null when the restore succeeded, else the end of its output.</summary>
    public static async Task<string?> RunAsync(string target, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["restore", target, "--verbosity", "quiet", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(target) ?? Environment.CurrentDirectory,
        };
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode == 0)
        {
            return null;
        }

        var text = ((await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false))).Trim();
        return text.Length > 2000 ? text[^2000..] : text;
    }

    /// <summary>The dotnet that runs this tool (DOTNET_HOST_PATH when set by the SDK), else the one on PATH.</summary>
    private static string DotnetHost()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
