namespace Grader.Labs.MailClient.Probe;

/// <summary>How the probe mail server plays its part in every run of a role, from the role's checks.</summary>
/// <param name="Hold">How long the greeting and each reply are held while the probe listens for a command sent before
/// it.</param>
/// <param name="Text">The text the message must hold, or null for any.</param>
/// <param name="AcceptsOtherHosts">Whether a client that connects to another host than localhost is served as if it
/// had connected to localhost.</param>
internal sealed record MailRunSettings(TimeSpan Hold, string? Text, bool AcceptsOtherHosts);
