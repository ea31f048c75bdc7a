using CliWrap;
using Docker.DotNet.Models;

namespace Grader.Sandboxes.Containers;

/// <summary>
/// Builds the runtime image with no registry: <c>mmdebstrap</c> writes a root file system tarball from Debian's
/// package archives, and the Docker engine imports it (through its API, so a remote engine works too).
/// </summary>
public static class RuntimeImageBuilder
{
    /// <summary>Builds <paramref name="recipe"/>, showing mmdebstrap's progress on <paramref name="progress"/>; returns
    /// the image's size in bytes.</summary>
    /// <exception cref="SandboxUnavailableException">mmdebstrap is missing or failed, or no engine answers.</exception>
    public static async Task<long> BuildAsync(
        RuntimeImageRecipe recipe,
        Stream progress,
        CancellationToken cancellationToken
    )
    {
        var mmdebstrap =
            HostTools.Find("mmdebstrap")
            ?? throw new SandboxUnavailableException(
                "mmdebstrap is not installed (on Debian or Ubuntu: apt-get install mmdebstrap)"
            );
        await DockerEngine.ConnectAsync(cancellationToken);
        var work = Directory.CreateTempSubdirectory("lab-grader-image-");
        try
        {
            var tarball = Path.Combine(work.FullName, "rootfs.tar");
            string[] arguments =
            [
                "--variant=apt",
                $"--include={string.Join(',', recipe.Packages)}",
                // Documentation and translations are dead weight in a grading container.
                "--dpkgopt=path-exclude=/usr/share/man/*",
                "--dpkgopt=path-exclude=/usr/share/doc/*",
                "--dpkgopt=path-exclude=/usr/share/locale/*",
                // The JDK's packages link their manual pages as alternatives, which fails where the folder is missing.
                "--essential-hook=mkdir -p \"$1/usr/share/man/man1\"",
                "--format=tar",
                recipe.Suite,
                tarball,
                .. recipe.Sources,
            ];
            var run = await Cli.Wrap(mmdebstrap)
                .WithArguments(arguments)
                .WithStandardInputPipe(PipeSource.Null) // with stdin not a terminal and no sources, mmdebstrap would read them from stdin
                .WithStandardErrorPipe(PipeTarget.ToStream(progress))
                .WithValidation(CommandResultValidation.None)
                .ExecuteAsync(cancellationToken);
            if (run.ExitCode != 0)
                throw new SandboxUnavailableException(
                    $"mmdebstrap failed with code {run.ExitCode} (its output is above)"
                );

            using var client = await DockerEngine.CreateClientAsync(cancellationToken);
            var (repository, tag) = SplitTag(recipe.Tag);
            await using (var rootfs = File.OpenRead(tarball))
            {
                await client.Images.CreateImageAsync(
                    new ImagesCreateParameters
                    {
                        FromSrc = "-",
                        Repo = repository,
                        Tag = tag,
                    },
                    rootfs,
                    null,
                    new Progress<JSONMessage>(),
                    cancellationToken
                );
            }
            var image = await client.Images.InspectImageAsync(recipe.Tag, cancellationToken);
            return image.Size;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static (string Repository, string Tag) SplitTag(string name)
    {
        var colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') ? (name[..colon], name[(colon + 1)..]) : (name, "latest");
    }
}
