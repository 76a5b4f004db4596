using System.Diagnostics;
using System.Reflection;

namespace SovereignAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Runs the built `sovereign` tool as a process, as a user would (in CI mode: no progress display).</summary>
internal static class Tool
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Path { get; } = Metadata("ToolPath");

    public static ToolResult Run(string workingDirectory, params string[] args) => RunInLanguage("en", workingDirectory, args);

    public static ToolResult RunInLanguage(string language, string workingDirectory, params string[] args)
    {
        Assert.True(File.Exists(Path), "the tool is not built: " + Path);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = language;
        start.Environment["CI"] = "true";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Metadata(string key)
        => typeof(Tool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

public sealed record ToolResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
