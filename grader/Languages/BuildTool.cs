using System.ComponentModel;
using Grader.Launching;

namespace Grader.Languages;

/// <summary>
/// Runs a compiler or build command for a language, confined as the submission's programs are (its own launch in the
/// submission's sandbox), within the build's limits.
/// </summary>
internal static class BuildTool
{
    /// <summary>
    /// Runs <paramref name="tool"/> (a name looked up with <see cref="LanguageBuild.FindTool"/>, or a full path) in a
    /// copy of the submission folder, with the build's work folder writable in place and <paramref name="toolFolders"/>
    /// (such as a package cache) readable, and reports how it went.
    /// </summary>
    public static async Task<ToolRun> RunAsync(
        LanguageBuild build,
        string tool,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? environment = null,
        IReadOnlyList<string>? toolFolders = null
    )
    {
        var name = Path.GetFileName(tool);
        var path = Path.IsPathRooted(tool) ? (File.Exists(tool) ? tool : null) : build.FindTool(tool);
        if (path is null)
            return ToolRun.NotInstalled(name);

        var command = new ProgramCommand(path, arguments, build.Directory, environment)
        {
            Folders = [build.Directory],
            WritableFolders = [build.WorkDirectory],
            ReadOnlyPaths = [.. build.Confinement.SharedPaths, .. toolFolders ?? []],
        };
        var limits = build.Confinement.Limits;
        try
        {
            using var network = await build.Confinement.Sandbox.OpenNetworkAsync(transport: null, cancellationToken);
            await using var program = await ProgramLauncher.StartAsync(
                await network.ConfineAsync(command, limits, cancellationToken),
                null,
                limits
            );
            var exit = await program.Exited.WaitAsync(cancellationToken);
            return new ToolRun(name, Installed: true, exit);
        }
        catch (Win32Exception)
        {
            // Found but not startable (no execute permission, a broken interpreter line): as good as not installed.
            return ToolRun.NotInstalled(name);
        }
    }
}
