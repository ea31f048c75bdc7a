using System.Text;
using FluentAssertions;
using Grader.Labs;
using Grader.Results;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.MailClient;

/// <summary>
/// Mail clients written for a provider (<c>smtp.gmail.com</c>, <c>STARTTLS</c> on 587 or TLS from the start on 465,
/// <c>AUTH LOGIN</c> or <c>AUTH PLAIN</c>, certificates verified by Python's default context), graded end to end in the
/// namespace sandbox without leaving the machine; and the password they hold appears in no output of any kind.
/// </summary>
public sealed class MailProviderTests
{
    private const string Password = "hunter2-app-password";
    private const string User = "alice.networks@gmail.com";

    // The password as each example's client sends or could print it: plain, in base64 alone (AUTH LOGIN), and in AUTH
    // PLAIN's "\0user\0password" in base64.
    // Each cut where a report's escaping could change it (JSON writes `=` and `+` as escapes), so an escaped copy is
    // caught too.
    private static readonly string[] PasswordForms =
    [
        .. new[]
        {
            Password,
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{User}\0{Password}")),
        }
            .SelectMany(form => form.Split(['+', '/', '='], StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 8),
    ];

    [Theory]
    [InlineData("mail-client-starttls")]
    [InlineData("mail-client-implicit-tls")]
    [InlineData("mail-client-java-starttls")]
    public async Task A_client_written_for_gmail_with_tls_verified_and_a_login_gets_full_marks_on_this_machine(
        string name
    )
    {
        var result = await MailClientPrograms.GradeAsync(Repository.Submission(name));

        result.Checks.Where(c => !c.Passed).Select(c => $"{c.Id}: {c.Message}").Should().BeEmpty();
        result.Score.Should().Be(result.MaxScore);
        var transcript = result.Check("mail-client/end-of-data").Transcript;
        transcript
            .Select(e => e.Data)
            .Should()
            .Contain(d =>
                d != null && d.Contains("the client looked up the name `smtp.gmail.com`", StringComparison.Ordinal)
            )
            .And.Contain(d =>
                d != null
                && d.StartsWith(
                    "TLS started (TLS 1.3), with a certificate for `smtp.gmail.com`",
                    StringComparison.Ordinal
                )
            );
        result
            .Check("mail-client/login-over-tls")
            .Message.Should()
            .Be(
                name != "mail-client-implicit-tls"
                    ? "the client sent `AUTH LOGIN` only over TLS, answered `235`"
                    : "the client sent `AUTH PLAIN ‹credentials hidden›` only over TLS, answered `235`"
            );
    }

    [Fact]
    public async Task Credentials_sent_before_starttls_fail_login_over_tls_alone_naming_the_fault()
    {
        var result = await MailClientPrograms.GradeAsync(Repository.Submission("mail-client-auth-before-starttls"));

        result.Failed(required: true).Should().Equal("mail-client/login-over-tls");
        result.Failed(required: false).Should().BeEmpty();
        result
            .Check("mail-client/login-over-tls")
            .Message.Should()
            .Be(
                "the client sent its credentials in clear before `STARTTLS` (`AUTH LOGIN`, whose base64 anyone on the way decodes): send `STARTTLS` after `EHLO`, then `EHLO` again, and `AUTH` only over TLS"
            );
        result
            .Check("mail-client/login-over-tls")
            .Transcript.Where(e => e.Event == TranscriptEvent.Received)
            .Select(e => e.Data)
            .Should()
            .ContainInOrder(
                "AUTH LOGIN\\r\\n",
                "‹credentials hidden›\\r\\n",
                "‹credentials hidden›\\r\\n",
                "STARTTLS\\r\\n"
            );
    }

    [Fact]
    public async Task With_tls_required_by_the_rubric_a_plain_client_fails_the_tls_check_and_a_starttls_client_passes()
    {
        using var folder = new TempFolder();
        var shipped = File.ReadAllText(Path.Combine(Repository.Root, "grader/Labs/MailClient/mail-client.yaml"));
        var anchor = "      # Robustness: beyond the handout.";
        shipped.Should().Contain(anchor);
        File.WriteAllText(
            folder["tls.yaml"],
            shipped.Replace(
                anchor,
                "      - check: tls\n        title: Sends its mail over TLS\n        points: 1\n" + anchor,
                StringComparison.Ordinal
            )
        );
        var rubric = AssignmentLoader.LoadFile(folder["tls.yaml"], LabRegistry.Catalog);

        var results = await Task.WhenAll(
            LabGrading.GradeAsync(Repository.Submission("mail-client-correct"), assignment: rubric),
            LabGrading.GradeAsync(Repository.Submission("mail-client-starttls"), assignment: rubric)
        );

        results[0].Failed(required: true).Should().Equal("mail-client/tls");
        results[0]
            .Check("mail-client/tls")
            .Message.Should()
            .Be(
                "the client sent its message in clear: send `STARTTLS` after `EHLO` (then `EHLO` again), or connect to port 465 with TLS from the start"
            );
        results[1].Failed(required: true).Should().BeEmpty();
        results[1].Check("mail-client/tls").Message.Should().Be("the client sent `STARTTLS` and its message over TLS");
    }

    [Fact]
    public async Task No_output_file_of_any_report_format_nor_the_console_holds_a_password_of_the_examples()
    {
        using var folder = new TempFolder();
        var names = new[]
        {
            "mail-client-starttls",
            "mail-client-implicit-tls",
            "mail-client-auth-before-starttls",
            "mail-client-java-starttls",
        };
        var formats = new[] { "console", "json", "junit", "markdown", "html", "gradescope", "csv" };
        // Every format renders the same result: the client that sends its credentials in clear, whose transcript holds
        // the most to hide, is reported in each; the others in JSON, which keeps every message and transcript whole.
        const string clearText = "mail-client-auth-before-starttls";
        var consoles = new List<string>();
        foreach (var name in names)
        {
            // Two at a time: the machine is shared.
            var runs = new List<GraderCli.Run>();
            foreach (var pair in (name == clearText ? formats : ["json"]).Chunk(2))
                runs.AddRange(
                    await Task.WhenAll(
                        pair.Select(format =>
                            GraderCli.RunAsync([
                                "grade",
                                Repository.Submission(name),
                                "--lab",
                                "mail-client",
                                "--format",
                                format,
                                "--output",
                                folder[$"{name}.{format}.out"],
                                "--summary",
                                folder[$"{name}.{format}.summary.md"],
                                "--captures",
                                folder[$"{name}.{format}.captures"],
                            ])
                        )
                    )
                );
            runs.Should()
                .OnlyContain(r => r.ExitCode == (name.Contains("auth-before", StringComparison.Ordinal) ? 1 : 0));
            consoles.AddRange(runs.SelectMany(r => new[] { r.Stdout, r.Stderr }));
            // And the console report as a student sees it, on standard output.
            var shown = await GraderCli.RunAsync([
                "grade",
                Repository.Submission(name),
                "--lab",
                "mail-client",
                "--captures",
                folder[$"{name}.captures"],
            ]);
            consoles.Add(shown.Stdout + shown.Stderr);
        }
        var classFolder = folder["class"];
        Directory.CreateDirectory(classFolder);
        foreach (var name in names)
            Directory.CreateSymbolicLink(Path.Combine(classFolder, name), Repository.Submission(name));
        var batch = await GraderCli.RunAsync([
            "batch",
            classFolder,
            "--out",
            folder["batch"],
            "--lab",
            "mail-client",
            "--captures",
        ]);
        batch.ExitCode.Should().Be(0, batch.Stderr);
        consoles.Add(batch.Stdout + batch.Stderr);

        var files = Directory
            .EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(classFolder, StringComparison.Ordinal))
            .ToList();
        files
            .Select(Path.GetFileName)
            .Should()
            .Contain(formats.Select(format => $"{clearText}.{format}.out"), "every format wrote its report");
        files.Should().Contain(f => f.EndsWith(".pcap", StringComparison.Ordinal), "each check's capture is an output");
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var form in PasswordForms)
                text.Should().NotContain(form, $"{file} must not hold the password");
        }
        foreach (var output in consoles)
        foreach (var form in PasswordForms)
            output.Should().NotContain(form, "the console must not show the password");
        File.ReadAllText(folder[$"{clearText}.markdown.out"]).Should().Contain("credentials hidden");
    }
}
