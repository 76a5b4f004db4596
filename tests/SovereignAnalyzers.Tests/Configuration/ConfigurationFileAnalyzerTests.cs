using Microsoft.CodeAnalysis.Testing;
using SovereignAnalyzers.Configuration;
using SovereignAnalyzers.Rules;
using Verify = SovereignAnalyzers.Tests.Verifiers.AnalyzerVerifier<SovereignAnalyzers.Rules.ConfigurationFileAnalyzer>;

namespace SovereignAnalyzers.Tests.Configuration;

public class ConfigurationFileAnalyzerTests
{
    private const string S3Alternatives = "Alternatives the policy allows: 3DS Outscale (cloudgouv-eu-west-1), Cloud Temple (fr1)";
    private const string S3Paris = "Amazon S3 (Amazon Web Services, eu-west-3, US)";
    private const string S3ParisWhy = "subject to the US CLOUD Act, FISA 702, EO 12333. The eu-west-3 region does not change the law that reaches the operator. " + S3Alternatives;
    private const string S3 = "Amazon S3 (Amazon Web Services, US)";
    private const string S3Why = "subject to the US CLOUD Act, FISA 702, EO 12333. " + S3Alternatives;
    private const string Aws = "Amazon Web Services (US)";
    private const string UsLawsWhy = "subject to the US CLOUD Act, FISA 702, EO 12333";
    private const string BlobAlternatives = "Alternatives the policy allows: S3NS (Cloud de Confiance) (u-france-east1)";

    private static DiagnosticResult Endpoint(int location, string host, string setting, string target, string why)
        => Verify.Diagnostic(Descriptors.ConfigurationEndpoint).WithLocation(location).WithArguments(host, setting, "is an endpoint of " + target, why);

    private static Verify.Test Create(params (string Path, string Content)[] files)
    {
        var test = Verify.Create("class C { }");
        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        return test;
    }

    private static Task VerifyAsync((string Path, string Content)[] files, params DiagnosticResult[] expected)
    {
        var test = Create(files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    private static Task VerifyAsync(string path, string content, params DiagnosticResult[] expected)
        => VerifyAsync(new[] { (path, content) }, expected);

    [Fact]
    public Task Reports_endpoints_in_appsettings_values_at_their_location_and_names_the_setting()
        => VerifyAsync(
            "appsettings.json",
            """
            {
              "Logging": { "LogLevel": { "Default": "Information" } },
              "AzureStorage": "UseDevelopmentStorage=true",
              "Export": {
                "Description": "Nightly export of appointments to Amazon S3 on s3.amazonaws.com",
                "ServiceUrl": {|#0:"https://s3.eu-west-3.amazonaws.com"|},
                "Buckets": [ "appointments", {|#1:"exports.s3.amazonaws.com"|} ]
              },
              "Queue": { "Arn": {|#2:"arn:aws:sqs:eu-west-3:123456789012:exports"|} },
              "https://s3.amazonaws.com": "a property name is never an endpoint",
              "AllowedHosts": "*"
            }
            """,
            Endpoint(0, "s3.eu-west-3.amazonaws.com", "Export:ServiceUrl", S3Paris, S3ParisWhy),
            Endpoint(1, "exports.s3.amazonaws.com", "Export:Buckets:1", S3, S3Why),
            Endpoint(2, "arn:aws:sqs:eu-west-3:123456789012:exports", "Queue:Arn", Aws, UsLawsWhy));

    [Theory]
    [InlineData("appsettings.Production.json")]
    [InlineData("APPSETTINGS.Development.json")]
    [InlineData("src/Api/appsettings.json")]
    [InlineData("local.settings.json")]
    public Task Reads_every_appsettings_variant_and_azure_functions_local_settings(string path)
        => VerifyAsync(
            path,
            """
            {
              "IsEncrypted": false,
              "Values": { "Storage": {|#0:"Endpoint=https://s3.amazonaws.com;Bucket=x"|} }
            }
            """,
            Endpoint(0, "s3.amazonaws.com", "Values:Storage", S3, S3Why));

    [Fact]
    public Task Skips_json_comments_and_accepts_trailing_commas_bom_and_crlf()
        => VerifyAsync(
            "appsettings.json",
            "\uFEFF{\r\n  // \"Old\": \"https://s3.amazonaws.com\",\r\n  /* \"Older\": \"https://s3.amazonaws.com\" */\r\n  \"Url\": \"https://s3.amazonaws.com\",\r\n  \"Other\": [ \"s3.amazonaws.com\", ],\r\n}\r\n",
            Verify.Diagnostic(Descriptors.ConfigurationEndpoint).WithSpan("appsettings.json", 4, 10, 4, 36).WithArguments("s3.amazonaws.com", "Url", "is an endpoint of " + S3, S3Why),
            Verify.Diagnostic(Descriptors.ConfigurationEndpoint).WithSpan("appsettings.json", 5, 14, 5, 32).WithArguments("s3.amazonaws.com", "Other:0", "is an endpoint of " + S3, S3Why));

    [Fact]
    public Task Locates_a_value_written_with_escapes_on_its_whole_token()
        => VerifyAsync(
            "appsettings.json",
            """{ "Url": {|#0:"https:\/\/s3\u002Eamazonaws.com"|} }""",
            Endpoint(0, "s3.amazonaws.com", "Url", S3, S3Why));

    [Fact]
    public Task Reports_one_finding_per_provider_in_a_value()
        => VerifyAsync(
            "appsettings.json",
            """{ "Mirrors": {|#0:"https://a.s3.amazonaws.com https://b.s3.amazonaws.com"|} }""",
            Endpoint(0, "a.s3.amazonaws.com", "Mirrors", S3, S3Why));

    [Fact]
    public Task Reports_endpoints_in_web_config_attributes_and_text_but_not_in_comments_or_namespaces()
        => VerifyAsync(
            "Web.config",
            """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                           xsi:schemaLocation="http://s3.amazonaws.com/doc/2006-03-01/ https://s3.amazonaws.com/doc/2006-03-01/AmazonS3.xsd">
              <appSettings>
                <add key="AzureStorage" value="UseDevelopmentStorage=true" />
                <add key="ExportBucketUrl" value={|#0:"https://exports.s3.eu-west-3.amazonaws.com/"|} />
                <!-- <add key="OldBucket" value="https://old.s3.amazonaws.com" /> -->
                <add key="Note" value="Exports used to go to Amazon S3" />
                <add key="s3.amazonaws.com" value="enabled" />
              </appSettings>
              <connectionStrings>
                <add name="Reports" connectionString={|#1:"Server=reports.cluster-x.eu-west-3.rds.amazonaws.com;Database=r;User Id=u;Password=p&amp;q"|} providerName="Npgsql" />
              </connectionStrings>
              <applicationSettings>
                <Export.Properties.Settings>
                  <setting name="ArchiveUrl" serializeAs="String">
                    <value>{|#2:https://archive.s3.amazonaws.com|}</value>
                  </setting>
                </Export.Properties.Settings>
              </applicationSettings>
              <s3 xmlns="http://s3.amazonaws.com/doc/2006-03-01/" />
            </configuration>
            """,
            Endpoint(0, "exports.s3.eu-west-3.amazonaws.com", "ExportBucketUrl", S3Paris, S3ParisWhy),
            Endpoint(1, "reports.cluster-x.eu-west-3.rds.amazonaws.com", "Reports", "Amazon RDS (Amazon Web Services, eu-west-3, US)", "subject to the US CLOUD Act, FISA 702, EO 12333. The eu-west-3 region does not change the law that reaches the operator"),
            Endpoint(2, "archive.s3.amazonaws.com", "ArchiveUrl", S3, S3Why));

    [Theory]
    [InlineData("App.config")]
    [InlineData("MyService.exe.config")]
    [InlineData("nlog.config")]
    public Task Reads_any_xml_config(string path)
        => VerifyAsync(
            path,
            """<configuration><target url={|#0:"https://s3.amazonaws.com/logs"|} /></configuration>""",
            Endpoint(0, "s3.amazonaws.com", "target/@url", S3, S3Why));

    [Fact]
    public Task Reports_env_values_but_not_keys_or_comments()
        => VerifyAsync(
            ".env",
            """
            # S3_URL=https://old.s3.amazonaws.com
            AWS_S3_ENDPOINT={|#0:https://s3.eu-west-3.amazonaws.com|}  # Paris
            export BACKUP_HOST={|#1:"backup.s3.amazonaws.com"|}
            AMAZONAWS_DOT_COM=enabled
            """,
            Endpoint(0, "s3.eu-west-3.amazonaws.com", "AWS_S3_ENDPOINT", S3Paris, S3ParisWhy),
            Endpoint(1, "backup.s3.amazonaws.com", "BACKUP_HOST", S3, S3Why));

    [Theory]
    [InlineData(".env.production")]
    [InlineData(".env.local")]
    [InlineData("docker/prod.env")]
    public Task Reads_env_variants(string path)
        => VerifyAsync(path, "URL={|#0:https://s3.amazonaws.com|}\n", Endpoint(0, "s3.amazonaws.com", "URL", S3, S3Why));

    [Theory]
    [InlineData("sovereignty.json")]
    [InlineData("data.json")]
    [InlineData("nuget.config")]
    [InlineData("packages.config")]
    [InlineData("backup.yaml")]
    [InlineData("AnalyzerReleases.Unshipped.md")]
    public Task Ignores_additional_files_that_are_not_configuration(string path)
        => VerifyAsync(path, """{ "Url": "https://s3.amazonaws.com" } <add value="https://s3.amazonaws.com"/>""");

    [Fact]
    public Task Reports_each_cloud_dependency_of_a_realistic_legacy_configuration()
        => VerifyAsync(
            "appsettings.json",
            LegacyAppSettings,
            Endpoint(0, "chu-rdv.database.windows.net", "ConnectionStrings:AppointmentsDb", "Azure SQL Database (Microsoft Azure (public cloud), US)", UsLawsWhy),
            Endpoint(1, "core.windows.net", "ConnectionStrings:ExportStorage", "Azure Storage (Microsoft Azure (public cloud), US)", UsLawsWhy + ". " + BlobAlternatives),
            Endpoint(2, "s3.eu-west-3.amazonaws.com", "Export:S3:ServiceUrl", S3Paris, S3ParisWhy),
            Endpoint(3, "chuexports.blob.core.windows.net", "Export:ArchiveContainerUrl", "Azure Blob Storage / ADLS Gen2 (Microsoft Azure (public cloud), US)", UsLawsWhy + ". " + BlobAlternatives),
            Endpoint(4, "o450123.ingest.de.sentry.io", "Sentry:Dsn", "Sentry ingest (Sentry, de, US)", UsLawsWhy + ". The de region does not change the law that reaches the operator"),
            Endpoint(5, "api.sendgrid.com", "SendGrid:BaseUrl", "SendGrid Web API v3 (Twilio SendGrid, US)", UsLawsWhy));

    [Fact]
    public Task Does_not_report_a_configuration_on_eu_providers()
        => VerifyAsync("appsettings.json", SovereignAppSettings);

    [Fact]
    public Task Does_not_report_endpoints_outside_the_catalog()
        => VerifyAsync(
            new[]
            {
                ("appsettings.json", """{ "Storage": "https://s3.gra.io.cloud.ovh.net", "Db": "Host=db.example.fr;Port=5432", "Local": "http://localhost:9000" }"""),
                ("web.config", """<configuration><add key="S3" value="https://oos.eu-west-2.outscale.com" /></configuration>"""),
                (".env", "S3=https://s3.fr-par.scw.cloud\n"),
            });

    [Fact]
    public Task Scans_a_file_the_project_opts_in_with_item_metadata_as_plain_text()
    {
        var test = Create(
            ("/src/deploy/backup.yaml", """
                # targets
                backup:
                  host: {|#0:s3.eu-west-3.amazonaws.com|}
                  description: copies go to s3.amazonaws.com every night
                """),
            ("/src/deploy/other.yaml", "host: s3.amazonaws.com\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true

            [/src/deploy/backup.yaml]
            build_metadata.AdditionalFiles.SovereigntyScan = true
            """));
        test.ExpectedDiagnostics.Add(Endpoint(0, "s3.eu-west-3.amazonaws.com", "host", S3Paris, S3ParisWhy));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("/src/settings/targets.json", """{ "Url": {|#0:"https://s3.amazonaws.com"|} }""", "Url")]
    [InlineData("/src/settings/targets.xml", """<targets><t url={|#0:"https://s3.amazonaws.com"|} /></targets>""", "t/@url")]
    [InlineData("/src/settings/.envrc", "export URL={|#0:https://s3.amazonaws.com|}\n", "URL")]
    [InlineData("/src/settings/targets.ini", "[s3]\nendpoint = {|#0:https://s3.amazonaws.com|}\n", "endpoint")]
    public Task Reads_an_opted_in_file_in_the_format_its_name_says(string path, string content, string setting)
    {
        var test = Create((path, content));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", $"is_global = true\n\n[{path}]\nbuild_metadata.AdditionalFiles.SovereigntyScan = True\n"));
        test.ExpectedDiagnostics.Add(Endpoint(0, "s3.amazonaws.com", setting, S3, S3Why));
        return test.RunAsync();
    }

    [Fact]
    public Task A_project_can_opt_a_configuration_file_out()
    {
        var test = Create(("/src/appsettings.Example.json", """{ "Url": "https://s3.amazonaws.com" }"""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/src/appsettings.Example.json]\nbuild_metadata.AdditionalFiles.SovereigntyScan = false\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task Keeps_reporting_the_complete_values_of_a_truncated_json_file()
        => VerifyAsync(
            "appsettings.json",
            """
            {
              "Storage": { "Url": {|#0:"https://s3.amazonaws.com"|} },
              "Broken": "https://s3.amazonaws
            """,
            Endpoint(0, "s3.amazonaws.com", "Storage:Url", S3, S3Why));

    [Fact]
    public Task Reports_nothing_false_in_broken_xml()
        => VerifyAsync(
            "web.config",
            """
            <configuration>
              <add key="Broken" value="https://s3.amazonaws.com />
              <add key="Good" value={|#0:"https://s3.amazonaws.com"|} />
              <!-- <add key="Commented" value="https://s3.amazonaws.com" />
              <add key="AfterUnclosedComment" value="https://s3.amazonaws.com" />
            """,
            Endpoint(0, "s3.amazonaws.com", "Good", S3, S3Why));

    [Fact]
    public Task Reads_a_file_with_a_nul_character_to_its_end()
        => VerifyAsync(
            ".env",
            "LEGACY=\0\nAWS_S3_ENDPOINT={|#0:https://s3.eu-west-3.amazonaws.com|}\n",
            Endpoint(0, "s3.eu-west-3.amazonaws.com", "AWS_S3_ENDPOINT", S3Paris, S3ParisWhy));

    [Fact]
    public Task Reads_on_after_an_attribute_whose_quote_never_closes()
        => VerifyAsync(
            "web.config",
            """
            <configuration>
              <add key="Broken" value='https://mirror.example.org />
              <add key="Later" value={|#0:"https://s3.amazonaws.com"|} />
            </configuration>
            """,
            Endpoint(0, "s3.amazonaws.com", "Later", S3, S3Why));

    [Fact]
    public Task Reads_json_nested_deeper_than_the_parser_goes()
        => VerifyAsync(
            "appsettings.json",
            "{ \"Deep\": " + new string('[', 200) + "{|#0:\"https://s3.amazonaws.com\"|}" + new string(']', 200) + ", \"Storage\": {|#1:\"https://s3.eu-west-3.amazonaws.com\"|} }",
            Endpoint(0, "s3.amazonaws.com", "Deep:" + string.Join(":", Enumerable.Repeat("0", 127)), S3, S3Why),
            Endpoint(1, "s3.eu-west-3.amazonaws.com", "Storage", S3Paris, S3ParisWhy));

    [Fact]
    public Task Reports_that_a_too_large_file_is_not_scanned()
    {
        var content = "{ \"Url\": \"https://s3.amazonaws.com\", \"Padding\": \"" + new string('x', ConfigurationFile.MaxScannedLength) + "\" }";
        return VerifyAsync(
            "appsettings.json",
            content,
            Verify.Diagnostic(Descriptors.ConfigurationFileTooLarge)
                .WithSpan("appsettings.json", 1, 1, 1, 1)
                .WithArguments("appsettings.json", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), ConfigurationFile.MaxScannedLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("web.config")]
    [InlineData(".env")]
    [InlineData("local.settings.json")]
    public async Task Survives_binary_and_random_content_without_an_analyzer_exception(string path)
    {
        var random = new Random(path.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        foreach (var content in Junk.Samples(random))
        {
            var test = Create((path, content));
            test.TestState.MarkupHandling = MarkupMode.None;
            await test.RunAsync();
        }
    }

    /// <summary>A hospital's appointment export service on US clouds (the shape of samples/LegacyApp's configuration).</summary>
    private const string LegacyAppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
          "AllowedHosts": "*",
          "ConnectionStrings": {
            "AppointmentsDb": {|#0:"Server=tcp:chu-rdv.database.windows.net,1433;Initial Catalog=Appointments;Authentication=Active Directory Default;Encrypt=True"|},
            "ExportStorage": {|#1:"DefaultEndpointsProtocol=https;AccountName=chuexports;AccountKey=__from-key-vault__;EndpointSuffix=core.windows.net"|}
          },
          "Export": {
            // Nightly CSV export of the appointments for the regional health agency (ARS)
            "Schedule": "0 2 * * *",
            "S3": {
              "BucketName": "chu-appointments-export",
              "ServiceUrl": {|#2:"https://s3.eu-west-3.amazonaws.com"|},
              "Region": "eu-west-3"
            },
            "ArchiveContainerUrl": {|#3:"https://chuexports.blob.core.windows.net/archive"|},
            "Description": "Copies go to Azure Blob Storage and Amazon S3"
          },
          "Sentry": {
            "Dsn": {|#4:"https://3f2a9c0e5b7d4e1f@o450123.ingest.de.sentry.io/4504123"|},
            "Environment": "production"
          },
          "SendGrid": {
            "ApiKey": "__from-key-vault__",
            "BaseUrl": {|#5:"https://api.sendgrid.com/v3/"|},
            "From": "rendez-vous@chu-exemple.fr"
          }
        }
        """;

    /// <summary>The same service on EU providers (the shape of samples/SovereignApp's configuration): nothing to report.</summary>
    private const string SovereignAppSettings = """
        {
          "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
          "AllowedHosts": "*",
          "ConnectionStrings": {
            "AppointmentsDb": "Host=postgresql-7f3c1a2b-o4d5e6f7.database.cloud.ovh.net;Port=20184;Database=appointments;Username=app;Ssl Mode=Require"
          },
          "Export": {
            "Schedule": "0 2 * * *",
            "S3": {
              "BucketName": "chu-appointments-export",
              "ServiceUrl": "https://oos.cloudgouv-eu-west-1.outscale.com",
              "ForcePathStyle": true
            },
            "Archive": { "ServiceUrl": "https://s3.gra.io.cloud.ovh.net", "BucketName": "chu-archive" },
            "Backup": { "ServiceUrl": "https://s3.fr-par.scw.cloud", "BucketName": "chu-backup" },
            "Description": "Replaces the former Azure Blob Storage and Amazon S3 targets"
          },
          "Monitoring": { "OtlpEndpoint": "https://otlp.monitoring.chu-exemple.fr:4317" },
          "Smtp": { "Host": "ssl0.ovh.net", "Port": 465, "From": "rendez-vous@chu-exemple.fr" }
        }
        """;
}
