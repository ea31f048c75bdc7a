using System.CommandLine;
using Grader.Sandboxes.Containers;

namespace Grader.Commands;

/// <summary><c>--image &lt;name&gt;</c>: the image the docker sandbox grades in.</summary>
internal static class ImageOption
{
    /// <summary>The option, defaulting to the image <c>grader image build</c> makes.</summary>
    public static Option<string> Create() =>
        new("--image")
        {
            Description = "With --sandbox docker: the image to grade in ('grader image build' makes the default).",
            DefaultValueFactory = _ => ContainerSettings.DefaultImage,
        };
}
