using System.Text;
using Grader.Probes;
using Grader.Rubric;

namespace Grader.Checks.Servers;

/// <summary>Robustness: a message that arrives in two parts, with a short pause between, is answered in full.</summary>
public sealed class SplitMessageCheck : IServerCheck
{
    /// <inheritdoc />
    public string Kind => "split-message";

    /// <inheritdoc />
    public bool AppliesTo(Role role) => role.IsServer() && role.Transport() == Sandboxes.Transport.Tcp;

    /// <inheritdoc />
    public async Task<CheckOutcome> RunAsync(CheckSpec spec, ServerUnderTest server, CancellationToken cancellationToken)
    {
        var message = spec.Message ?? "hello in two parts";
        var half = message.Length / 2;
        var pause = spec.Delay ?? TimeSpan.FromMilliseconds(200);
        TcpConnection connection;
        try
        {
            connection = await server.ConnectAsync("client", cancellationToken);
        }
        catch (ProbeException e)
        {
            return CheckOutcome.Fail(await server.ExplainAsync(e.Message));
        }
        using (connection)
        {
            await connection.SendAsync(Encoding.UTF8.GetBytes(message[..half]), cancellationToken);
            server.Transcript.Note($"pausing {pause.TotalMilliseconds:0} ms before the second part");
            await Task.Delay(pause, cancellationToken);
            var exchange = await server.SendAndReadAsync(connection, message[half..], cancellationToken, diagnoseSilence: false);
            var whole = new Exchange(message, exchange.Reply, exchange.Problem);
            var outcome = whole.JudgeComplete();
            if (outcome.Status == CheckStatus.Passed) return CheckOutcome.Pass($"answered {Exchange.Quote(message)}, sent in two parts, in full");
            var firstPart = UpperCasing.AcceptedForms(message[..half]);
            if (exchange.Reply is { } reply && (firstPart.Contains(Encoding.UTF8.GetString(reply)) || Encoding.UTF8.GetString(reply) == message[..half]))
                return CheckOutcome.Fail($"the message {Exchange.Quote(message)} came in two parts {pause.TotalMilliseconds:0} ms apart, and the server answered the first part only " +
                                         $"({Exchange.Quote(Encoding.UTF8.GetString(reply))}): TCP is a byte stream, one recv may return part of a message");
            return outcome;
        }
    }
}
