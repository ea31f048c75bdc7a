namespace Grader.Sandboxes.Containers;

/// <summary>What the docker sandbox runs on: an image, and the assignment file to grade against.</summary>
/// <param name="Image">The image every submission's container starts from; it needs a glibc Linux with <c>sh</c>,
/// <c>cp</c> and the languages to grade.</param>
/// <param name="AssignmentFile">The instructor's assignment file, or null for the lab's shipped rubric.</param>
/// <param name="Delivery">How files reach the container.</param>
public sealed record ContainerSettings(
    string Image,
    string? AssignmentFile = null,
    FileDelivery Delivery = FileDelivery.Auto
)
{
    /// <summary>The image <c>grader image build</c> makes and the docker sandbox uses unless told otherwise.</summary>
    public const string DefaultImage = "lab-grader-runtime:latest";

    /// <summary>The default image and the shipped rubric.</summary>
    public static ContainerSettings Default { get; } = new(DefaultImage);
}
