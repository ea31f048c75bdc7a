using FluentAssertions;
using Grader.Tests.Load;
using Grader.Tests.Support;

namespace Grader.Tests.Labs.MailClient;

/// <summary>
/// The mail client's verdicts never depend on the machine: beside four CPU-bound processes per core, the correct client
/// still passes every check (it waits, so no reply can be late for it), and the client that does not wait is still
/// seen sending before the reply (the probe holds its replies in the client's own time).
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class MailClientLoadTests
{
    [Fact]
    public async Task Waiting_and_not_waiting_clients_are_judged_alike_beside_four_cpu_hogs_per_core()
    {
        using var hogs = CpuHogs.StartPerCore(4);

        var correct = await MailClientPrograms.GradeAsync(Repository.Submission("mail-client-correct"));
        var hasty = await MailClientPrograms.GradeAsync(Repository.Submission("mail-client-does-not-wait"));

        using var all = new FluentAssertions.Execution.AssertionScope();
        correct.Checks.Where(c => !c.Passed).Select(c => $"{c.Id}: {c.Message}").Should().BeEmpty();
        hasty.Failed(required: true).Should().Equal("mail-client/command-order");
        hasty.Failed(required: false).Should().Equal("mail-client/refused-recipient");
    }
}
