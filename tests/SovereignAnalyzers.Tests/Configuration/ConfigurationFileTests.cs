using SovereignAnalyzers.Configuration;

namespace SovereignAnalyzers.Tests.Configuration;

public class ConfigurationFileTests
{
    [Theory]
    [InlineData("appsettings.json", "Json")]
    [InlineData("/repo/src/Api/appsettings.Production.json", "Json")]
    [InlineData("C:\\repo\\src\\Api\\AppSettings.Development.json", "Json")]
    [InlineData("local.settings.json", "Json")]
    [InlineData("web.config", "Xml")]
    [InlineData("Web.Release.config", "Xml")]
    [InlineData("App.config", "Xml")]
    [InlineData("MyService.exe.config", "Xml")]
    [InlineData(".env", "Env")]
    [InlineData(".env.production", "Env")]
    [InlineData(".envrc", "Env")]
    [InlineData("deploy/prod.env", "Env")]
    [InlineData("nuget.config", "None")]
    [InlineData("packages.config", "None")]
    [InlineData("sovereignty.json", "None")]
    [InlineData("settings.json", "None")]
    [InlineData("appsettings.json.bak", "None")]
    [InlineData("backup.yaml", "None")]
    [InlineData("Program.cs", "None")]
    [InlineData("a|b<c>.json", "None")]
    public void Knows_configuration_files_by_name(string path, string format)
        => Assert.Equal(format, ConfigurationFile.FormatOf(path, optIn: null).ToString());

    [Theory]
    [InlineData("targets.json", "Json")]
    [InlineData("tsconfig.jsonc", "Json")]
    [InlineData("targets.xml", "Xml")]
    [InlineData("nuget.config", "Xml")]
    [InlineData("backup.yaml", "PlainText")]
    [InlineData("settings.ini", "PlainText")]
    [InlineData("no-extension", "PlainText")]
    [InlineData("appsettings.json", "Json")]
    [InlineData(".env.local", "Env")]
    public void Reads_an_opted_in_file_in_the_format_its_name_says(string path, string format)
        => Assert.Equal(format, ConfigurationFile.FormatOf(path, optIn: true).ToString());

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("web.config")]
    [InlineData(".env")]
    [InlineData("backup.yaml")]
    public void Opting_out_removes_any_file(string path)
        => Assert.Equal(ConfigurationFormat.None, ConfigurationFile.FormatOf(path, optIn: false));
}
