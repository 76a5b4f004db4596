using System.Diagnostics;

namespace SovereignAnalyzers.Cli.Tests.Infrastructure;

/// <summary>Headless Chromium (Debian's `chromium` package; .ci/run installs it): the DOM after scripts ran, and screenshots.</summary>
internal static class Chromium
{
    public static string Executable { get; } = Find();

    public static string DumpDom(string htmlFile) => Run("--dump-dom", new Uri(htmlFile).AbsoluteUri);

    public static void Screenshot(string htmlFile, string pngFile)
    {
        Run("--screenshot=" + pngFile, "--window-size=1280,2600", new Uri(htmlFile).AbsoluteUri);
        Assert.True(File.Exists(pngFile), "no screenshot written");
    }

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // No network (the page must need none), no GPU, no sandbox (CI containers run as root).
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=2000" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "chromium did not finish");
        Assert.True(process.ExitCode == 0, "chromium failed: " + error.Result);
        return output.Result;
    }

    private static string Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("Chromium is required by the HTML report tests: install Debian's 'chromium' package (.ci/run does).");
    }
}
