using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Grader.Probes;
using Grader.Rubric;
using Grader.Sandboxes;

namespace Grader.Tests.Probes;

/// <summary>
/// A probe binding the lab's port where the launch before held it (the direct sandbox, and the grader inside a docker
/// sandbox's container): real sockets on this machine's loopback, on a port of the test's own.
/// </summary>
public sealed class LabPortBindTests
{
    [Fact]
    public async Task A_port_freed_while_the_probe_waits_is_bound_once_free()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var network = await new DirectSandbox().OpenNetworkAsync(null, cancellationToken);
        var holder = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var at = (IPEndPoint)holder.LocalEndPoint!;
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        var binding = LabPortBind.BindAsync(network, probe, at, cancellationToken);
        binding.IsCompleted.Should().BeFalse("the port is still held");
        holder.Dispose();
        await binding;

        probe.LocalEndPoint.Should().Be(at);
    }

    [Fact]
    public async Task A_port_another_program_keeps_is_a_one_line_error_naming_the_port_not_an_internal_error()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var network = await new DirectSandbox().OpenNetworkAsync(null, cancellationToken);
        using var holder = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        holder.Listen();
        var at = (IPEndPoint)holder.LocalEndPoint!;
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        var binding = () => LabPortBind.BindAsync(network, probe, at, cancellationToken);

        var error = (await binding.Should().ThrowAsync<SandboxUnavailableException>()).Which;
        error.Message.Should().Contain($"TCP port {at.Port}").And.Contain("in use").And.NotContain("\n");
    }

    [Fact]
    public async Task A_time_wait_left_by_a_server_bound_without_address_reuse_does_not_keep_the_probe_from_the_port()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var network = await new DirectSandbox().OpenNetworkAsync(null, cancellationToken);
        // The lecture's server: no SO_REUSEADDR, and it closes each connection first, leaving it in TIME_WAIT on its
        // port for a minute. Such a wait keeps every bind from the port, one with SO_REUSEADDR too.
        const string lectureServer = """
            import socket
            server = socket.socket()
            server.bind(("127.0.0.1", 0))
            server.listen(1)
            client = socket.create_connection(server.getsockname())
            connection, _ = server.accept()
            connection.close()
            client.recv(1)
            client.close()
            print(server.getsockname()[1])
            server.close()
            """;
        var python = Process.Start(
            new ProcessStartInfo("python3", ["-c", lectureServer]) { RedirectStandardOutput = true }
        )!;
        var port = int.Parse(await python.StandardOutput.ReadToEndAsync(cancellationToken));
        await python.WaitForExitAsync(cancellationToken);
        var table = network.ReadSocketTable()!;
        table.Entries.Should().Contain(e => e.Transport == Transport.Tcp && e.LocalPort == port && e.State == 6);
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        await LabPortBind.BindAsync(network, probe, new IPEndPoint(IPAddress.Loopback, port), cancellationToken);

        ((IPEndPoint)probe.LocalEndPoint!).Port.Should().Be(port, "the wait was ended, not waited out for a minute");
    }
}
