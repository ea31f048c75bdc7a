using System.Diagnostics;
using System.Globalization;
using FluentAssertions;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// The reaper's watch on its grader process, here on this machine's processes (no Docker needed): it ends when the
/// process does, SIGKILL included, and at once for a process that is gone or was never there.
/// </summary>
public sealed class OwnerWatchTests
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Watching_a_running_process_ends_when_it_is_killed_with_sigkill()
    {
        using var owner = Process.Start("sleep", "60");
        try
        {
            var watching = OwnerWatch.WaitForEndAsync(
                OwnerLabelOf(owner.Id),
                TextWriter.Null,
                TestContext.Current.CancellationToken
            );
            watching.IsCompleted.Should().BeFalse("the process runs");

            owner.Kill();

            await watching.WaitAsync(Promptly, TestContext.Current.CancellationToken);
        }
        finally
        {
            if (!owner.HasExited)
                owner.Kill();
        }
    }

    [Fact]
    public async Task Watching_a_process_that_has_ended_ends_at_once()
    {
        using var ended = Process.Start("true");
        await ended.WaitForExitAsync(TestContext.Current.CancellationToken);

        await OwnerWatch
            .WaitForEndAsync(
                $"{Environment.MachineName}/{ended.Id}/1",
                TextWriter.Null,
                TestContext.Current.CancellationToken
            )
            .WaitAsync(Promptly, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Watching_a_process_id_now_used_by_another_process_ends_at_once()
    {
        // This test's own id, with a start time it does not have: the owner so named is gone, whoever has its id now.
        await OwnerWatch
            .WaitForEndAsync(
                $"{Environment.MachineName}/{Environment.ProcessId}/1",
                TextWriter.Null,
                TestContext.Current.CancellationToken
            )
            .WaitAsync(Promptly, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_reap_command_is_hidden_from_help()
    {
        var help = await GraderCli.RunAsync(["--help"]);

        help.Stdout.Should().Contain("grade").And.NotContain("reap");
    }

    // What ContainerLabels.ThisProcess would say in that process: host, id, and start time in clock ticks since boot.
    private static string OwnerLabelOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var ticks = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[19];
        return string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{pid}/{ticks}");
    }
}
