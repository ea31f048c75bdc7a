namespace Reference.Tests.Support;

/// <summary>What a lecture client prints, written out here so the tests do not trust the reference's
/// constants.</summary>
public static class ClientOutput
{
    /// <summary>The prompt, printed without a newline before the client reads its sentence.</summary>
    public const string Prompt = "Input a lowercase sentence:";

    /// <summary>A client's whole standard output when the server replies <paramref name="reply"/>.</summary>
    public static string For(string reply) => $"{Prompt}From Server: {reply}\n";
}
