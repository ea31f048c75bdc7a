using FluentAssertions;
using Grader.Labs;
using Grader.Rubric;
using Grader.Tests.Support;

namespace Grader.Tests.Containers;

/// <summary>The docker sandbox's limits come from the assignment file, with the shipped rubric's as defaults.</summary>
[Fast]
public sealed class ContainerLimitsTests
{
    private const string Roles = "roles:\n  tcp-client:\n    checks:\n      - check: sends-line\n";

    [Fact]
    public void Shipped_rubric_grants_512_mib_one_cpu_and_256_processes()
    {
        LabGrading
            .Lab.Limits.Should()
            .BeEquivalentTo(
                new
                {
                    MemoryBytes = 512L << 20,
                    Cpus = 1.0,
                    Processes = 256,
                }
            );
    }

    [Fact]
    public void An_instructor_s_file_overrides_memory_cpus_and_processes()
    {
        var limits = AssignmentLoader
            .Parse(
                $"assignment: a\nlimits:\n  memory: 1.5GiB\n  cpus: 2.5\n  processes: 64\n{Roles}",
                "a.yaml",
                LabRegistry.Catalog
            )
            .Limits;

        limits
            .Should()
            .BeEquivalentTo(
                new
                {
                    MemoryBytes = 3L << 29,
                    Cpus = 2.5,
                    Processes = 64,
                }
            );
    }

    [Theory]
    [InlineData("memory: 512", "a.yaml:3: 'memory' in 'limits' must be a size such as 256MiB or 1GiB, not '512'")]
    [InlineData("memory: 8MiB", "a.yaml:3: 'memory' in 'limits' must be at least 64MiB")]
    [InlineData("cpus: none", "a.yaml:3: 'cpus' in 'limits' must be a number from 0.1 to 64, not 'none'")]
    public void A_bad_limit_is_one_error_naming_file_line_and_key(string line, string error)
    {
        var parsing = () =>
            AssignmentLoader.Parse($"assignment: a\nlimits:\n  {line}\n{Roles}", "a.yaml", LabRegistry.Catalog);

        parsing.Should().Throw<AssignmentException>().WithMessage(error);
    }
}
