using System.Diagnostics;
using System.Formats.Tar;
using Docker.DotNet.Models;
using FluentAssertions;
using Grader.Sandboxes;
using Grader.Sandboxes.Containers;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>
/// No grading container outlives its grading: not after a failed start, not when the grader is interrupted (even as
/// it creates one), not when it is killed outright (its reaper removes them), and what a power loss leaves is removed
/// by the next run.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class ContainerCleanupTests
{
    private const string BrokenImage = "lab-grader-test-broken:latest";

    [Fact]
    public async Task A_container_that_cannot_start_is_reported_in_one_line_and_removed()
    {
        await DockerGrading.CreateAsync(); // skips without Docker
        await ImportImageWithoutShellAsync();
        var grader = await DockerGrading.CreateAsync(settings: new ContainerSettings(BrokenImage));

        var grading = () =>
            grader.GradeAsync(Repository.Submission("python-correct"), TestContext.Current.CancellationToken);

        (await grading.Should().ThrowAsync<SandboxUnavailableException>()).Which.Message.Should().NotContain("\n");
        (await DockerGrading.LeftoversAsync(grader)).Should().BeEmpty();
    }

    [Fact]
    public async Task Interrupting_the_grader_with_sigterm_removes_its_containers_before_it_exits()
    {
        await DockerGrading.CreateAsync(); // skips without Docker
        using var submission = StallingSubmission();
        using var grader = StartGrader(submission.Folder);
        try
        {
            await WaitUntilAsync(
                async () => (await DockerGrading.ContainersOfAsync(grader.Id)).Count(c => c.IsRunning) == 2,
                TimeSpan.FromSeconds(30)
            );
            (await DockerGrading.ContainersOfAsync(grader.Id))
                .Should()
                .Contain(c => c.Name == "stalling" && c.IsRunning, "the grading container runs");

            await TerminateAsync(grader);
        }
        finally
        {
            if (!grader.HasExited)
                grader.Kill();
        }

        (await DockerGrading.ContainersOfAsync(grader.Id))
            .Should()
            .BeEmpty("the grader removes its containers when interrupted, its reaper last");
    }

    [Fact]
    public async Task Interrupting_the_grader_with_sigterm_as_it_starts_a_container_leaves_none()
    {
        await DockerGrading.CreateAsync(); // skips without Docker
        using var submission = StallingSubmission();
        using var grader = StartGrader(submission.Folder);
        try
        {
            // At its first container, the reaper: the grading container is then often being created, its id not yet
            // known.
            await WaitUntilAsync(
                async () => (await DockerGrading.ContainersOfAsync(grader.Id)).Count > 0,
                TimeSpan.FromSeconds(30)
            );
            await TerminateAsync(grader);
        }
        finally
        {
            if (!grader.HasExited)
                grader.Kill();
        }

        await WaitUntilAsync(
            async () => (await DockerGrading.ContainersOfAsync(grader.Id)).Count == 0,
            TimeSpan.FromSeconds(20)
        );
        (await DockerGrading.ContainersOfAsync(grader.Id))
            .Should()
            .BeEmpty("what the grader could not remove, its reaper removes once the grader is gone");
    }

    [Fact]
    public async Task The_containers_of_a_grader_killed_with_sigkill_are_removed_by_its_reaper_without_another_run()
    {
        await DockerGrading.CreateAsync(); // skips without Docker
        using var submission = StallingSubmission();
        using var grader = StartGrader(submission.Folder);
        Task<string> reaperLog;
        try
        {
            // Mid-grading: the submission's container runs, and so does the reaper started with it.
            await WaitUntilAsync(
                async () =>
                    await DockerGrading.ContainersOfAsync(grader.Id) is var owned
                    && owned.Any(c => c.IsReaper && c.IsRunning)
                    && owned.Any(c => !c.IsReaper && c.IsRunning),
                TimeSpan.FromSeconds(30)
            );
            var running = (await DockerGrading.ContainersOfAsync(grader.Id)).Where(c => c.IsRunning).ToList();
            running
                .Should()
                .Contain(c => c.Name == "stalling", "the grading container runs")
                .And.Contain(c => c.IsReaper, "the reaper runs");
            reaperLog = FollowLogAsync(running.Single(c => c.IsReaper).Id);
        }
        finally
        {
            grader.Kill(); // SIGKILL: no chance to clean up
        }
        await grader.WaitForExitAsync(TestContext.Current.CancellationToken);

        await WaitUntilAsync(
            async () => (await DockerGrading.ContainersOfAsync(grader.Id)).Count == 0,
            TimeSpan.FromSeconds(20)
        );

        (await DockerGrading.ContainersOfAsync(grader.Id))
            .Should()
            .BeEmpty("the reaper removes the grading container, then ends and is removed itself");
        (await reaperLog.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken))
            .Should()
            .Contain("ended; removed 1 of its containers", "the reaper did it, not another grader's run");
    }

    [Fact]
    public async Task A_leftover_container_whose_grader_is_gone_is_removed_by_the_next_run()
    {
        await DockerGrading.CreateAsync(); // skips without Docker
        // What a power loss leaves: a container whose owner (here a process that has ended) has no reaper either.
        using var ended = Process.Start("true")!;
        await ended.WaitForExitAsync(TestContext.Current.CancellationToken);
        var leftover = await CreateContainerOwnedByAsync($"{Environment.MachineName}/{ended.Id}/0");
        (await DockerGrading.ContainersOfAsync(ended.Id)).Should().ContainSingle(c => c.Id == leftover);

        await DockerGrading.CreateAsync(); // what every docker run does first

        (await DockerGrading.ContainersOfAsync(ended.Id)).Should().BeEmpty("the next run removes the orphan");
    }

    [Fact]
    public async Task Grading_leaves_the_reaper_of_a_grader_that_runs_untouched()
    {
        var grader = await DockerGrading.CreateAsync();

        await grader.GradeAsync(Repository.Submission("python-correct"), TestContext.Current.CancellationToken);

        var owned = await DockerGrading.ContainersOfAsync(Environment.ProcessId);
        owned
            .Should()
            .ContainSingle("one reaper watches the process, however many graders it makes")
            .Which.Should()
            .Match<OwnedContainer>(c => c.IsReaper && c.IsRunning);
        (await DockerGrading.LeftoversAsync(grader))
            .Should()
            .BeEmpty("the grading container is removed when its grading ends");
    }

    // A server that never listens but runs until the wall-time limit: grading waits on it.
    private static TempSubmission StallingSubmission() =>
        TempSubmission.CorrectPythonWith(
            "stalling",
            new Dictionary<string, string> { ["TCPServer.py"] = "import time\ntime.sleep(60)\n" }
        );

    private static async Task TerminateAsync(Process grader)
    {
        using (
            var kill = Process.Start(
                "kill",
                ["-TERM", grader.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]
            )
        )
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        await grader
            .WaitForExitAsync(TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
    }

    private static Process StartGrader(string submission) =>
        Process.Start(GraderCli.StartInfo(["grade", submission, "--sandbox", "docker"]))!;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan deadline)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition() && clock.Elapsed < deadline)
            await Task.Delay(100, TestContext.Current.CancellationToken);
    }

    // The container's output (standard error included) until it ends.
    private static async Task<string> FollowLogAsync(string id)
    {
        using var client = await DockerEngine.CreateClientAsync(TestContext.Current.CancellationToken);
        using var stream = await client.Containers.GetContainerLogsAsync(
            id,
            new ContainerLogsParameters
            {
                Follow = true,
                ShowStdout = true,
                ShowStderr = true,
            },
            TestContext.Current.CancellationToken
        );
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(TestContext.Current.CancellationToken);
        return stdout + stderr;
    }

    // A stopped container from the runtime image, labelled as a grading container of owner.
    private static async Task<string> CreateContainerOwnedByAsync(string owner)
    {
        using var client = await DockerEngine.CreateClientAsync(TestContext.Current.CancellationToken);
        var created = await client.Containers.CreateContainerAsync(
            new CreateContainerParameters
            {
                Image = ContainerSettings.DefaultImage,
                Cmd = ["true"],
                Labels = new Dictionary<string, string>
                {
                    [ContainerLabels.Sandbox] = "leftover",
                    [ContainerLabels.Owner] = owner,
                },
                HostConfig = new HostConfig { NetworkMode = "none" },
            },
            TestContext.Current.CancellationToken
        );
        return created.ID;
    }

    // An image holding one text file: no shell, so its container is created but cannot start.
    private static async Task ImportImageWithoutShellAsync()
    {
        using var client = await DockerEngine.CreateClientAsync(TestContext.Current.CancellationToken);
        try
        {
            await client.Images.InspectImageAsync(BrokenImage, TestContext.Current.CancellationToken);
            return; // imported by an earlier run: importing again would leave the old one dangling
        }
        catch (Docker.DotNet.DockerImageNotFoundException)
        {
            // Import it below.
        }
        using var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "README")
            {
                DataStream = new MemoryStream("no shell here\n"u8.ToArray()),
            };
            await writer.WriteEntryAsync(entry, TestContext.Current.CancellationToken);
        }
        tar.Position = 0;
        await client.Images.CreateImageAsync(
            new ImagesCreateParameters
            {
                FromSrc = "-",
                Repo = "lab-grader-test-broken",
                Tag = "latest",
            },
            tar,
            null,
            new Progress<JSONMessage>(),
            TestContext.Current.CancellationToken
        );
    }
}
