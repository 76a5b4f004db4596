using System.CommandLine;
using System.Threading.Tasks;
using SovereignAnalyzers.Cli.Commands;
using SovereignAnalyzers.Cli.Resources;

namespace SovereignAnalyzers.Cli.CommandLine;

/// <summary>The <c>sovereign</c> command line.</summary>
internal static class CliApplication
{
    public static RootCommand Create()
    {
        var root = new RootCommand(Text.Get(nameof(CliStrings.CmdRoot)))
        {
            AuditCommand.Create(),
            BaselineCommand.Create(),
            ExplainCommand.Create(),
            PolicyInitCommand.Create(),
            ProvidersCommand.Create(),
            MergeCommand.Create(),
        };
        Examples.Add(root, "sovereign audit samples/LegacyApp", "sovereign audit MyCompany.sln --format html --output sovereignty.html",
            "sovereign explain s3.eu-west-3.amazonaws.com", "sovereign policy init --preset secnumcloud");
        Examples.Install(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Create().Parse(args);
        if (parse.Errors.Count > 0 && !System.Array.Exists(args, a => a is "-h" or "--help" or "-?"))
        {
            foreach (var error in parse.Errors)
            {
                Output.Error(error.Message);
            }

            Output.Error(Text.Get(nameof(CliStrings.HelpHint)));
            return ExitCodes.UsageOrLoadError;
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}
