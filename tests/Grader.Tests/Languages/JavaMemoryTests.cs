using FluentAssertions;
using Grader.Sandboxes;
using Grader.Tests.Support;

namespace Grader.Tests.Languages;

/// <summary>
/// The memory limit measures what a program holds, not what its runtime reserves: a JVM with its default ergonomics
/// commits a 64th of the machine's memory for its heap at start (about 480 MiB of data segment on a 24 GiB machine)
/// and touches a few dozen MiB of it, so a correct Java program runs untouched, while one that fills its heap past the
/// limit is stopped with the memory diagnosis.
/// </summary>
public sealed class JavaMemoryTests
{
    public static TheoryData<string> Sandboxes() => new("namespace", "direct");

    [Theory]
    [MemberData(nameof(Sandboxes))]
    public async Task A_correct_java_program_is_not_charged_for_the_heap_its_jvm_reserves(string sandbox)
    {
        var result = await LabGrading.GradeAsync(Repository.Submission("java-correct"), Sandbox(sandbox));

        result.ShouldPassEveryRequiredCheck(sandbox);
        result.Checks.Should().NotContain(c => c.Message.Contains("used more than", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Sandboxes))]
    public async Task A_java_program_that_fills_its_heap_past_the_limit_is_stopped_with_the_memory_diagnosis(
        string sandbox
    )
    {
        using var submission = new TempSubmission("java-memory-hog");
        foreach (var file in Directory.GetFiles(Repository.Submission("java-correct"), "*.java"))
            submission.With(Path.GetFileName(file), File.ReadAllText(file));
        // 16 MiB arrays, each written to the end (the JVM zeroes them, which touches every page), kept until 3 GiB.
        submission.With(
            "TCPClient.java",
            """
            import java.util.ArrayList;
            import java.util.List;

            public class TCPClient {
                public static void main(String[] args) {
                    List<byte[]> kept = new ArrayList<>();
                    for (int i = 0; i < 192; i++) {
                        byte[] chunk = new byte[16 << 20];
                        chunk[chunk.length - 1] = 1;
                        kept.add(chunk);
                    }
                    System.out.println(kept.size());
                }
            }
            """
        );

        var result = await LabGrading.GradeAsync(submission.Folder, Sandbox(sandbox));

        result.Check("tcp-client/sends-line").Message.Should().Contain("used more than 512 MiB");
        result.Role("tcp-server").Passed.Should().BeTrue("only the client holds too much");
    }

    private static ISandbox Sandbox(string name) => name == "direct" ? new DirectSandbox() : new NamespaceSandbox();
}
