using System.Runtime.InteropServices;

namespace Grader.Platforms.Gradescope;

/// <summary>
/// The grader an autograder package carries: the self-contained single file for Linux x64 (nothing to install), or
/// this grader's .NET build, which <c>setup.sh</c> runs on the .NET runtime it installs.
/// </summary>
/// <param name="Files">Each file, by its path in the package under <c>bin/</c>, and where it is read from.</param>
/// <param name="IsSingleFile">Whether it is the single file, which runs with nothing installed.</param>
public sealed record AutograderGrader(IReadOnlyList<(string Name, string Source)> Files, bool IsSingleFile)
{
    // ELF's magic number, and the machine field's value for x86-64 (little-endian, at offset 18).
    private static readonly byte[] ElfMagic = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
    private const ushort X86_64 = 0x3E;

    /// <summary>How <c>run_autograder</c> runs it, from the package's folder in Gradescope's image.</summary>
    public string Command =>
        IsSingleFile ? "/autograder/source/bin/grader" : "dotnet /autograder/source/bin/grader.dll";

    /// <summary>The single file at <paramref name="path"/>, once it is seen to be a Linux x64 executable.</summary>
    /// <exception cref="PackageException">There is no file there, or it is not a Linux x64 executable.</exception>
    public static AutograderGrader SingleFile(string path)
    {
        var header = new byte[20];
        try
        {
            using var file = File.OpenRead(path);
            file.ReadExactly(header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PackageException($"--grader: cannot read {path}: {e.Message}", e);
        }
        if (!header.AsSpan(0, 4).SequenceEqual(ElfMagic) || BitConverter.ToUInt16(header, 18) != X86_64)
            throw new PackageException(
                $"--grader: {path} is not a Linux x64 program: Gradescope runs the grader-<version>-linux-x64 file"
            );
        return new AutograderGrader([("grader", path)], IsSingleFile: true);
    }

    /// <summary>
    /// The grader running now: itself when it is the Linux x64 single file; its .NET build (the assemblies beside it,
    /// not its launcher, which is this machine's) when it runs on an installed .NET; refused when it is the single
    /// file of another platform, which has no build to copy.
    /// </summary>
    /// <exception cref="PackageException">This grader is another platform's single file.</exception>
    public static AutograderGrader ThisProcess()
    {
        // Empty exactly in a single file, which is what is asked here.
#pragma warning disable IL3000
        var assembly = typeof(AutograderGrader).Assembly.Location;
#pragma warning restore IL3000
        if (assembly.Length > 0)
        {
            var folder = Path.GetDirectoryName(assembly)!;
            var files = Directory
                .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(file => (Name: Path.GetRelativePath(folder, file).Replace('\\', '/'), Source: file))
                .Where(file => file.Name is not ("grader" or "grader.exe"))
                .Where(file => !file.Name.EndsWith(".pdb", StringComparison.Ordinal))
                .OrderBy(file => file.Name, StringComparer.Ordinal)
                .ToList();
            return new AutograderGrader(files, IsSingleFile: false);
        }
        if (
            OperatingSystem.IsLinux()
            && RuntimeInformation.ProcessArchitecture == Architecture.X64
            && Environment.ProcessPath is { } self
        )
            return SingleFile(self);
        throw new PackageException(
            $"this grader is the single file for {RuntimeInformation.RuntimeIdentifier}, and Gradescope runs Linux x64: name that file with --grader grader-<version>-linux-x64"
        );
    }
}
