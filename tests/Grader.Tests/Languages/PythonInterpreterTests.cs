using FluentAssertions;
using Grader.Languages.Python;
using Grader.Tests.Support;

namespace Grader.Tests.Languages;

/// <summary>
/// The grader finds the interpreter behind <c>python3</c> without paying a shim's start on every run: a compiled
/// interpreter is its own answer, and a pyenv shim is asked once and its answer kept until something pyenv decides by
/// changes.
/// </summary>
public sealed class PythonInterpreterTests
{
    [Fact]
    public async Task A_compiled_interpreter_is_its_own_answer()
    {
        var real = await PythonInterpreter.Default.ResolveAsync(TestContext.Current.CancellationToken);

        var found = await new PythonInterpreter(() => real, "/nowhere").ResolveAsync(
            TestContext.Current.CancellationToken
        );

        found.Should().Be(real);
    }

    [Fact]
    public async Task A_pyenv_shims_answer_is_kept_between_runs_until_pyenvs_global_version_changes()
    {
        using var folder = new TempFolder();
        var real = (await PythonInterpreter.Default.ResolveAsync(TestContext.Current.CancellationToken))!;
        var root = folder["pyenv"];
        Directory.CreateDirectory(Path.Combine(root, "versions"));
        Directory.CreateDirectory(Path.Combine(root, "shims"));
        File.WriteAllText(Path.Combine(root, "version"), "3.11\n");
        var asked = folder["asked"];
        var shim = Path.Combine(root, "shims", "python3");
        // A stand-in for pyenv's shell script: it notes each start, then runs the interpreter.
        File.WriteAllText(shim, $"#!/bin/sh\necho started >> '{asked}'\nexec '{real}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var answers = new PyenvAnswer(folder["cache"]);

        Task<string?> ResolveAsync() =>
            new PythonInterpreter(() => shim, "/nowhere", answers).ResolveAsync(TestContext.Current.CancellationToken);
        var first = await ResolveAsync();
        var second = await ResolveAsync();
        var startsBefore = File.ReadAllLines(asked).Length;
        File.WriteAllText(Path.Combine(root, "version"), "3.12\n");
        var third = await ResolveAsync();

        first.Should().NotBeNull();
        File.Exists(first).Should().BeTrue();
        second.Should().Be(first);
        third.Should().Be(first);
        startsBefore.Should().Be(1, "the second run takes the kept answer");
        File.ReadAllLines(asked).Should().HaveCount(2, "a new global version asks the shim again");
    }
}
