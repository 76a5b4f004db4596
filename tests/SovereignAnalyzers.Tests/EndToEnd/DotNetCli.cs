using System.Diagnostics;
using System.Text;

namespace SovereignAnalyzers.Tests.EndToEnd;

/// <summary>The outcome of one <c>dotnet</c> command: its exit code and everything it printed.</summary>
public sealed record DotNetResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public string Output => StandardOutput + StandardError;

    public override string ToString()
        => $"`{CommandLine}` exited with {ExitCode} after {Duration.TotalSeconds:0.0} s{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> CLI the tests run on, as a user would, without the MSBuild variables the test
/// host inherits from <c>dotnet test</c>, without telemetry, and with a time limit.
/// </summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<DotNetResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A dotnet test host carries the variables of the MSBuild that launched it (MSBuildExtensionsPath,
        // MSBUILD_EXE_PATH, MSBuildSDKsPath ...); a nested build must find its own.
        foreach (var name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var commandLine = "dotnet " + string.Join(' ', arguments);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using (var limit = new CancellationTokenSource(Timeout))
        {
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {Timeout.TotalMinutes} minutes.{Environment.NewLine}{await standardOutput}{await standardError}");
            }
        }

        return new DotNetResult(commandLine, process.ExitCode, await standardOutput, await standardError, stopwatch.Elapsed);
    }

    /// <summary>The dotnet executable running the tests (DOTNET_HOST_PATH under dotnet test), else the one on PATH.</summary>
    private static string Executable()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
