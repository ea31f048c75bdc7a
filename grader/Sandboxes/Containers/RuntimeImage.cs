using Docker.DotNet;

namespace Grader.Sandboxes.Containers;

/// <summary>Checks for the image the containers start from; <c>grader image build</c> makes the default one.</summary>
internal static class RuntimeImage
{
    /// <summary>Returns when the engine has <paramref name="image"/>.</summary>
    /// <exception cref="SandboxUnavailableException">It does not: the grader never pulls, since registries are often
    /// out of reach.</exception>
    public static async Task RequireAsync(string image, CancellationToken cancellationToken)
    {
        using var client = await DockerEngine.CreateClientAsync(cancellationToken);
        try
        {
            await client.Images.InspectImageAsync(image, cancellationToken);
        }
        catch (DockerImageNotFoundException e)
        {
            var hint =
                image == ContainerSettings.DefaultImage
                    ? "build it with 'grader image build'"
                    : $"build it, or 'docker pull {image}' where a registry is reachable";
            throw new SandboxUnavailableException(
                $"the Docker engine at {DockerEngine.Endpoint} has no image {image}: {hint}",
                e
            );
        }
    }
}
