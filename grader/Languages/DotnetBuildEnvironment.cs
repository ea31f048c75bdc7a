namespace Grader.Languages;

/// <summary>What every build that may run <c>dotnet</c> is given: a C# project's, and a manifest's, which often runs
/// one.</summary>
internal static class DotnetBuildEnvironment
{
    /// <summary>
    /// The NuGet packages already on this machine (the grader's user's global packages folder, if it has one), which
    /// C# builds may read as an offline package source: a build has no network, so a project with package references
    /// builds only with packages the operator has restored before.
    /// </summary>
    public static IReadOnlyList<string> PackageCaches { get; } = FindPackageCaches();

    /// <summary>
    /// Keeps a build from leaving MSBuild nodes or a compiler server running after it, which would hold the grader's
    /// output pipes open (environment variables are MSBuild properties, so <c>UseSharedCompilation</c> applies too);
    /// skips NuGet's audit, which needs the network a build does not have; and restores from <see
    /// cref="PackageCaches"/>.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Variables = new Dictionary<string, string?>
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["NuGetAudit"] = "false",
        ["RestoreAdditionalProjectFallbackFolders"] = PackageCaches.Count == 0 ? null : string.Join(';', PackageCaches),
    };

    private static IReadOnlyList<string> FindPackageCaches()
    {
        var folder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Directory.Exists(folder) ? [Path.GetFullPath(folder)] : [];
    }
}
