using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Inventory;
using SovereignAnalyzers.Cli.Reports;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary><c>sovereign audit [PATH]</c>: the inventory of a solution, project or folder.</summary>
internal static class AuditCommand
{
    public static readonly string[] Formats = { "text", "markdown", "html", "json", "sarif" };

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = Text.Get(nameof(CliStrings.ArgAuditPath)), DefaultValueFactory = _ => "." };
        var format = new Option<string[]>("--format", "-f") { Description = Text.Format(nameof(CliStrings.OptFormats), string.Join(", ", Formats)), DefaultValueFactory = _ => new[] { Formats[0] } };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string[]>("--output", "-o") { Description = Text.Get(nameof(CliStrings.OptOutputs)) };
        var failOn = new Option<string>("--fail-on") { Description = Text.Get(nameof(CliStrings.OptFailOn)), DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "none");
        var noRestore = new Option<bool>("--no-restore") { Description = Text.Get(nameof(CliStrings.OptNoRestore)) };

        var command = new Command("audit", Text.Get(nameof(CliStrings.CmdAudit))) { path, format, output, failOn, noRestore };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(path)!, result.GetValue(format)!, result.GetValue(output) ?? System.Array.Empty<string>(), result.GetValue(failOn)!, !result.GetValue(noRestore), cancellationToken));
        Examples.Add(command, "sovereign audit", "sovereign audit samples/LegacyApp --format html --output audit.html",
            "sovereign audit MyCompany.sln --format sarif --output sovereignty.sarif --fail-on error",
            "sovereign audit src --format json --output audit.json --fail-on none",
            "sovereign audit --format sarif --output audit.sarif --format html --output audit.html");
        return command;
    }

    public static Option<string> FormatOption(string[] formats)
    {
        var format = new Option<string>("--format", "-f") { Description = Text.Format(nameof(CliStrings.OptFormat), string.Join(", ", formats)), DefaultValueFactory = _ => formats[0] };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    public static Option<string?> OutputOption()
        => new("--output", "-o") { Description = Text.Get(nameof(CliStrings.OptOutput)) };

    public static string Render(AuditReport report, string format) => format switch
    {
        "markdown" => MarkdownReport.Write(report),
        "html" => HtmlReport.Write(report),
        "json" => JsonReport.Write(report),
        "sarif" => SarifReport.Write(report),
        _ => TextReport.Write(report, Math.Clamp(SafeWidth(), 100, 200)),
    };

    private static async Task<int> RunAsync(string path, string[] formats, string[] outputs, string failOn, bool restore, CancellationToken cancellationToken)
    {
        // One analysis, several reports: the n-th --output receives the n-th --format; a single format may go to standard output.
        if (outputs.Length != formats.Length && !(outputs.Length == 0 && formats.Length == 1))
        {
            Output.Error(Text.Format(nameof(CliStrings.ErrorFormatsOutputs), formats.Length, outputs.Length));
            return ExitCodes.UsageOrLoadError;
        }

        var (report, _) = await Auditor.RunAsync(path, restore, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return ExitCodes.UsageOrLoadError;
        }

        for (var i = 0; i < formats.Length; i++)
        {
            var output = i < outputs.Length ? outputs[i] : null;
            Output.Write(output, Render(report, formats[i]));
            if (!string.IsNullOrEmpty(output))
            {
                Output.Error(Text.Format(nameof(CliStrings.Written), output));
            }
        }

        Output.Error(Summary.Totals(report));

        if (!Auditor.FullyAnalysed(report))
        {
            Output.Error(Text.Get(nameof(CliStrings.WarnNotFullyAnalysed)));
            return ExitCodes.UsageOrLoadError;
        }

        return FailingCount(report, failOn) > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    public static int FailingCount(AuditReport report, string failOn) => failOn switch
    {
        "error" => report.Count("error"),
        "warning" => report.Count("error") + report.Count("warning"),
        _ => 0,
    };

    private static int SafeWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 140 : Console.WindowWidth;
        }
        catch (System.IO.IOException)
        {
            return 140;
        }
    }
}
