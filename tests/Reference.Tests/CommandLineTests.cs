using FluentAssertions;
using Reference.Tests.Support;
using Xunit;

namespace Reference.Tests;

/// <summary>Bad command lines get one clear line on standard error and a non-zero exit, never a stack trace.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "tcp-server", "--port", "70000" }, "--port must be a number between 1 and 65535, not '70000'.")]
    [InlineData(new[] { "udp-server", "--port", "abc" }, "--port must be a number between 1 and 65535, not 'abc'.")]
    [InlineData(new[] { "tcp-client", "--port", "0" }, "--port must be a number between 1 and 65535, not '0'.")]
    [InlineData(new[] { "tcp-client", "--host", "" }, "--host must not be empty.")]
    [InlineData(
        new[] { "tcp-server", "--host", "localhost" },
        "Unrecognized command or argument '--host'. Unrecognized command or argument 'localhost'."
    )]
    [InlineData(
        new[] { "http-server" },
        "Required command was not provided. Unrecognized command or argument 'http-server'."
    )]
    [InlineData(new string[0], "Required command was not provided.")]
    [InlineData(
        new[] { "web-server", "--port", "70000" },
        "--port must be a number between 0 and 65535 (0 picks a free port), not '70000'."
    )]
    [InlineData(new[] { "web-server", "--root", "" }, "--root must not be empty.")]
    [InlineData(new[] { "pinger-server", "--loss", "1.5" }, "--loss must be a number from 0 to 1, not '1.5'.")]
    [InlineData(new[] { "pinger-server", "--loss", "0,3" }, "--loss must be a number from 0 to 1, not '0,3'.")]
    [InlineData(new[] { "pinger-server", "--seed", "x" }, "--seed must be a whole number, not 'x'.")]
    [InlineData(new[] { "udp-pinger", "--count", "0" }, "--count must be a whole number of at least 1, not '0'.")]
    [InlineData(
        new[] { "udp-pinger", "--timeout", "0" },
        "--timeout must be a number of seconds above 0 and at most 3600, not '0'."
    )]
    [InlineData(new[] { "mail-client", "--port", "0" }, "--port must be a number between 1 and 65535, not '0'.")]
    [InlineData(
        new[] { "mail-client", "--to", "bob smith@example.org" },
        "--to must be a mail address without spaces or angle brackets, not 'bob smith@example.org'."
    )]
    [InlineData(
        new[] { "mail-client", "--from", "<alice@example.org>" },
        "--from must be a mail address without spaces or angle brackets, not '<alice@example.org>'."
    )]
    [InlineData(
        new[] { "mail-client", "--subject", "two\r\nlines" },
        "--subject must be one line, without control characters."
    )]
    public async Task Rejects_a_bad_command_line_with_one_line_and_exit_code_2(string[] arguments, string problem)
    {
        await using var program = await RunningProgram.StartAsync(Launch.Of(Repository.ReferenceExecutable, arguments));

        (await program.WaitForExitAsync()).Should().Be(2);
        program.StandardOutput.Should().BeEmpty();
        program.StandardError.Should().Be($"reference: {problem} (see 'reference --help')\n");
    }

    [Theory]
    [InlineData("::1", "reference: '::1' is not an IPv4 address; the lab's sockets are IPv4 (AF_INET).\n")]
    [InlineData("no-such-host.invalid", "reference: Cannot resolve host 'no-such-host.invalid' to an IPv4 address.\n")]
    public async Task Rejects_a_host_without_an_ipv4_address_in_one_line(string host, string error)
    {
        await using var program = await RunningProgram.StartAsync(
            Programs.Reference("tcp-client", "--host", host),
            "hello\n"
        );

        (await program.WaitForExitAsync()).Should().Be(1);
        program.StandardError.Should().Be(error);
    }

    [Fact]
    public async Task Help_lists_the_web_server_the_pinger_and_the_mail_client()
    {
        await using var program = await RunningProgram.StartAsync(Launch.Of(Repository.ReferenceExecutable, "--help"));

        (await program.WaitForExitAsync()).Should().Be(0);
        program
            .StandardOutput.Should()
            .ContainAll("web-server", "web-server-sequential", "pinger-server", "udp-pinger", "mail-client");
    }

    [Fact]
    public async Task Help_lists_the_five_roles()
    {
        await using var program = await RunningProgram.StartAsync(Launch.Of(Repository.ReferenceExecutable, "--help"));

        (await program.WaitForExitAsync()).Should().Be(0);
        program
            .StandardOutput.Should()
            .ContainAll("tcp-client", "tcp-server", "tcp-server-concurrent", "udp-client", "udp-server");
    }
}
