using Reference.Protocol;

namespace Reference.Terminal;

/// <summary>The clients' dialogue with the user: the prompt, the one line read, and the printed reply.</summary>
/// <param name="console">The streams to talk through.</param>
public sealed class ClientDialogue(StandardStreams console)
{
    /// <summary>Prints the prompt (no newline) and reads one line, like Python's <c>input(prompt)</c>.</summary>
    /// <param name="cancellationToken">Abandons the wait for input.</param>
    /// <returns>The line, without its line end.</returns>
    /// <exception cref="UserFacingException">Standard input ended before a line was read.</exception>
    public async Task<string> AskForSentenceAsync(CancellationToken cancellationToken)
    {
        await console.Out.WriteAsync(LabProtocol.Prompt);
        // WaitAsync: a read from a pipe or terminal does not observe the token by itself.
        return await console.In.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken)
            ?? throw new UserFacingException("Standard input ended before a sentence was read.");
    }

    /// <summary>Prints the server's reply, like Python's <c>print("From Server:", reply)</c>.</summary>
    /// <param name="reply">The bytes the server sent, decoded as UTF-8.</param>
    /// <returns>A task that completes once the line is written.</returns>
    public Task ShowReplyAsync(ReadOnlySpan<byte> reply) =>
        console.Out.WriteLineAsync(LabProtocol.ReplyPrefix + UpperCasing.Decode(reply));
}
