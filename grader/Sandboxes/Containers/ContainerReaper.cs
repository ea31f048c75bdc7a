using System.Globalization;
using System.Runtime.InteropServices;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// The watchdog that removes this grader process's containers when the process dies without removing them itself
/// (SIGKILL, a crash of the runtime): a small container from the runtime image, running this grader's own code
/// (<c>grader reap</c>, hidden) from the same read-only mounts as the workers. It shares the host's process ids
/// (<c>--pid host</c>) to see the grader end, and the engine's socket to remove the containers labelled with its
/// <see cref="ContainerLabels.Owner"/>; then it ends and the engine removes it (auto-remove). One per process, since
/// the owner label is the process's: every <c>Grading.ContainerGrader</c> of the process shares it. A grader that ends
/// normally removes it like its other containers (<see cref="ContainerRemoval"/>).
/// </summary>
/// <remarks>
/// Only for an engine on this machine (<see cref="DockerEngine.IsLocal"/>): a remote engine cannot see this machine's
/// processes, so there a killed grader's containers are still removed by the next run (<see
/// cref="LeftoverContainers.RemoveOrphansAsync"/>), as they are everywhere after a power loss.
/// </remarks>
internal static partial class ContainerReaper
{
    private const string SocketInContainer = "/run/lab-grader/docker.sock";

    private const int Nobody = 65534;
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint StatxOwners = 0x8 | 0x10; // STATX_UID | STATX_GID
    private const int StatxUidOffset = 20,
        StatxGidOffset = 24,
        StatxSize = 256; // struct statx: one layout on every architecture

    private const long MemoryBytes = 128L << 20; // the runtime idling in poll(2) needs a fraction of it
    private const long Processes = 64; // the runtime's own threads
    private static readonly TimeSpan StartTimeLimit = TimeSpan.FromSeconds(30);

    private static readonly Lock Gate = new();
    private static (string Image, Task<bool> Started)? _current;

    /// <summary>
    /// Starts this process's reaper from <paramref name="image"/> unless one runs or is starting; the task says, once
    /// the reaper's container runs, whether it does. It never fails: without a reaper, grading goes on as before, and
    /// the first failure is told on standard error.
    /// </summary>
    public static Task<bool> EnsureStarted(string image, WorkerFiles worker)
    {
        lock (Gate)
        {
            // A failed start is tried again only from another image: the same one would fail again for every
            // submission.
            if (
                _current is { } current
                && (current.Image == image || !current.Started.IsCompleted || current.Started.Result)
            )
                return current.Started;
            var started = StartAsync(image, worker, warn: _current is null);
            _current = (image, started);
            return started;
        }
    }

    private static async Task<bool> StartAsync(string image, WorkerFiles worker, bool warn)
    {
        // A local engine is a unix socket here: the docker sandbox needs a grader on Linux (WorkerFiles).
        if (!DockerEngine.IsLocal || OwnerWatch.ThisPidNamespace() is not { } pidNamespace)
            return false;
        using var timeout = new CancellationTokenSource(StartTimeLimit);
        try
        {
            var container = Build(image, worker, pidNamespace, await DockerEngine.ConnectAsync(timeout.Token));
            var starting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var removal = ContainerRemoval.RegisterReaper(container, starting.Task); // disposed only if the start fails
            try
            {
                await container.StartAsync(timeout.Token);
                return true;
            }
            catch
            {
                starting.SetResult();
                await removal.DisposeAsync();
                throw;
            }
            finally
            {
                starting.TrySetResult();
            }
        }
#pragma warning disable CA1031 // any failure means no reaper, never a failed grading
        catch (Exception e)
#pragma warning restore CA1031
        {
            if (warn)
                await Console.Error.WriteLineAsync(
                    $"grader: warning: the reaper container did not start ({e.GetBaseException().Message.Split('\n')[0].Trim()}): should the grader be killed with SIGKILL, its containers stay until the next docker run"
                );
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int folder, string path, int flags, uint mask, byte* result);

    // Who in the container may open the engine's socket, which admits its owner and group only. Where root owns it (a
    // rootful engine), user nobody in the socket's group (docker): unlike root, it cannot signal the host's processes,
    // which the reaper sees all. Otherwise root: a rootless engine's socket belongs to its user, whom the container's
    // root is; and a socket in root's group admits no one else. Without capabilities, that root can open the socket
    // and signal root's processes, and nothing more than any user.
    private static unsafe string SocketUser(string socket)
    {
        var result = stackalloc byte[StatxSize];
        if (Statx(AtCurrentFolder, socket, 0, StatxOwners, result) != 0)
            return "0:0";
        var owner = *(uint*)(result + StatxUidOffset);
        var group = *(uint*)(result + StatxGidOffset);
        return owner == 0 && group != 0 ? string.Create(CultureInfo.InvariantCulture, $"{Nobody}:{group}") : "0:0";
    }

    private static IContainer Build(
        string image,
        WorkerFiles worker,
        string pidNamespace,
        IDockerEndpointAuthenticationConfiguration engine
    )
    {
        var builder = new ContainerBuilder(image)
            .WithDockerEndpoint(engine)
            .WithLogger(NullLogger.Instance)
            .WithImagePullPolicy(_ => false) // the image is local: RuntimeImage.RequireAsync checked
            .WithAutoRemove(true) // it ends once it has removed the rest
            .WithLabel(ContainerLabels.Sandbox, ContainerLabels.ReaperName)
            .WithLabel(ContainerLabels.Owner, ContainerLabels.ThisProcess)
            .WithLabel(ContainerLabels.Reaper, "true")
            .WithHostname(Environment.MachineName) // the owner label names this machine, as the reaper must to judge it
            .WithEnvironment(
                new Dictionary<string, string>
                {
                    ["DOCKER_HOST"] = $"unix://{SocketInContainer}",
                    ["DOTNET_ROOT"] = WorkerFiles.DotnetInContainer,
                    ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1",
                    ["DOTNET_EnableDiagnostics"] = "0",
                    ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                }
            )
            // Read-only keeps the file as it is; it does not narrow the engine's API, which the reaper needs to remove
            // containers.
            .WithBindMount(DockerEngine.Endpoint.AbsolutePath, SocketInContainer, AccessMode.ReadOnly)
            .WithEntrypoint([
                .. worker.Command,
                "reap",
                "--owner",
                ContainerLabels.ThisProcess,
                "--pid-namespace",
                pidNamespace,
            ])
            .WithCreateParameterModifier(parameters =>
            {
                parameters.User = SocketUser(DockerEngine.Endpoint.AbsolutePath);
                var host = parameters.HostConfig ??= new HostConfig();
                host.PidMode = "host"; // to watch the grader's process, which is not in the container
                host.NetworkMode = "none"; // the engine is reached through its socket, nothing else is
                host.CapDrop = ["ALL"];
                host.SecurityOpt = ["no-new-privileges"];
                host.ReadonlyRootfs = true;
                host.Memory = MemoryBytes;
                host.MemorySwap = MemoryBytes;
                host.PidsLimit = Processes;
            });
        foreach (var (source, target) in worker.Mounts())
            builder = builder.WithBindMount(source, target, AccessMode.ReadOnly);
        return builder.Build();
    }
}
