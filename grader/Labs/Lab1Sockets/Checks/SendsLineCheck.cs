using System.Text;
using Grader.Checks;
using Grader.Checks.Clients;
using Grader.Labs.Lab1Sockets.Judges;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Labs.Lab1Sockets.Checks;

/// <summary>The client sends exactly the line it read, UTF-8, without the newline, in one request.</summary>
public sealed class SendsLineCheck : ISocketClientCheck
{
    /// <inheritdoc />
    public string Kind => "sends-line";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => !role.IsServer;

    /// <inheritdoc />
    public CheckOutcome Judge(CheckSpec spec, ClientRun run)
    {
        var line = Exchange.Quote(run.Line);
        if (run.Request is null)
            return CheckOutcome.Fail($"the client sent nothing; it {ProgramDiagnosis.HowItEnded(run.Exit)}");
        var expected = Encoding.UTF8.GetBytes(run.Line);
        var sent = $"`{WireText.Show(run.Request)}`";
        if (run.Request.AsSpan().SequenceEqual(expected))
            return run.Requests == 1
                ? CheckOutcome.Pass($"sent {line}")
                : CheckOutcome.Fail($"the client sent {line} in {run.Requests} datagrams; it must send one");
        if (
            run.Request.AsSpan().SequenceEqual([.. expected, (byte)'\n'])
            || run.Request.AsSpan().SequenceEqual([.. expected, (byte)'\r', (byte)'\n'])
        )
            return CheckOutcome.Fail($"the client sent {sent}: the newline must not be sent, only the line {line}");
        if (expected.AsSpan().StartsWith(run.Request))
            return CheckOutcome.Fail(
                $"the client sent only {sent} in its first write, not the whole line {line}: send it in one call"
            );
        return CheckOutcome.Fail($"the client sent {sent}, expected the line it read, {line}");
    }
}
