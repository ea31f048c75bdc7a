using System.Diagnostics;
using FluentAssertions;
using Grader.Tests.Support;

namespace Grader.Tests.Packaging;

/// <summary>The grader ships as a .NET tool: <c>dotnet pack</c>, then <c>dotnet tool install</c>, gives a working
/// <c>grader</c>.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Dotnet_pack_gives_a_tool_package_that_installs_and_grades_with_the_shipped_rubric()
    {
        using var folder = new TempFolder();
        // Built into its own artifacts folder, so packing does not touch the build the tests run from.
        (
            await RunAsync(
                "dotnet",
                "pack",
                Path.Combine(Repository.Root, "grader", "Grader.csproj"),
                "-c",
                "Release",
                "--artifacts-path",
                folder["artifacts"],
                "-o",
                folder["packages"],
                "-nologo",
                "-v",
                "quiet"
            )
        )
            .ExitCode.Should()
            .Be(0);
        Directory
            .GetFiles(folder["packages"], "*.nupkg")
            .Select(Path.GetFileName)
            .Should()
            .Equal("LabGrader.0.1.0.nupkg");

        // A package cache of its own, so the package just built is installed, never one cached by an earlier run.
        var install = await RunAsync(
            "dotnet",
            "tool",
            "install",
            "LabGrader",
            "--tool-path",
            folder["tools"],
            "--add-source",
            folder["packages"],
            "--configfile",
            WriteNuGetConfig(folder),
            "--no-cache"
        );
        install.ExitCode.Should().Be(0, install.Output);

        var grade = await RunAsync(
            Path.Combine(folder["tools"], "grader"),
            "grade",
            Repository.Submission("python-correct"),
            "--format",
            "markdown",
            "--no-captures"
        );
        grade.ExitCode.Should().Be(0, grade.Output);
        var full = LabGrading.Lab.Checks.Where(c => c.Required).Sum(c => c.Points);
        grade.Output.Should().StartWith($"## python-correct: {full}/{full} points, ✅ all required checks passed");
    }

    private static string WriteNuGetConfig(TempFolder folder)
    {
        File.WriteAllText(
            folder["nuget.config"],
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{folder["nuget-cache"]}" /></config>
              <packageSources><clear /><add key="built" value="{folder[
                "packages"
            ]}" /></packageSources>
            </configuration>
            """
        );
        return folder["nuget.config"];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
