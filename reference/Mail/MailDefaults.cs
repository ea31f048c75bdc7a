using System.Net;

namespace Reference.Mail;

/// <summary>The mail client's defaults and limits.</summary>
public static class MailDefaults
{
    /// <summary>SMTP's port.</summary>
    public const int Port = 25;

    /// <summary>The subject when none is given (the textbook's message).</summary>
    public const string Subject = "I love computer networks!";

    /// <summary>
    /// How long the client waits for each reply. Shorter than RFC 5321's minutes (section 4.5.3.2): the lab's servers
    /// answer at once, and a client that hangs for ten minutes teaches nothing.
    /// </summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    /// <summary>How long the client waits for the reply to the QUIT it sends after a failure, then
    /// closes.</summary>
    public static readonly TimeSpan QuitAfterFailureTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The longest reply line the client accepts (RFC 5321 allows 512 bytes).</summary>
    public const int MaxReplyLine = 4096;

    /// <summary>The sender when none is given: the user at this machine.</summary>
    /// <returns>For instance <c>alice@laptop</c>.</returns>
    public static string From() => $"{Environment.UserName}@{Dns.GetHostName()}";
}
