using Grader.Labs;
using Grader.Rubric;

namespace Grader.Tests.Support;

/// <summary>A lab's base code as the similarity report reads it: unpacked from the grader (<see
/// cref="ShippedFiles"/>).</summary>
public static class ShippedBase
{
    /// <summary>The paths of <paramref name="lab"/>'s base files on disk.</summary>
    public static async Task<IReadOnlyList<string>> FilesAsync(ILab lab)
    {
        var files = new List<string>();
        foreach (var file in lab.BaseFiles)
            files.Add(await ShippedFiles.UnpackAsync(file, TestContext.Current.CancellationToken));
        return files;
    }
}
