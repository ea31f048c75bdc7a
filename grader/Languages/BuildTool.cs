using System.ComponentModel;
using Grader.Launching;
using Grader.Sandboxes;

namespace Grader.Languages;

/// <summary>Runs a compiler or build command for a language, within the build's time limit.</summary>
internal static class BuildTool
{
    // Compilers report errors in the first few kilobytes; the cap only guards against a runaway build.
    private const int OutputCapBytes = 256 * 1024;

    /// <summary>
    /// Runs <paramref name="tool"/> (a name looked up with <see cref="LanguageBuild.FindTool"/>, or a full path) in the
    /// submission folder and reports how it went.
    /// </summary>
    public static async Task<ToolRun> RunAsync(LanguageBuild build, string tool, IReadOnlyList<string> arguments,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var name = Path.GetFileName(tool);
        var path = Path.IsPathRooted(tool) ? (File.Exists(tool) ? tool : null) : build.FindTool(tool);
        if (path is null) return ToolRun.NotInstalled(name);

        var command = HostTools.DieWithGrader(new ProgramCommand(path, arguments, build.Submission.Directory, environment));
        try
        {
            await using var program = await ProgramLauncher.StartAsync(command, null, new LaunchLimits(build.TimeLimit, OutputCapBytes));
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
