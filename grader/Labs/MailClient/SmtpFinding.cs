namespace Grader.Labs.MailClient;

/// <summary>One fault found in a mail client's dialogue, and the sentence a student reads about it.</summary>
/// <param name="Fault">Which fact.</param>
/// <param name="Message">One sentence naming the line received and the one expected.</param>
public sealed record SmtpFinding(SmtpFault Fault, string Message);
