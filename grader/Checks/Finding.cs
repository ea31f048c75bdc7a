namespace Grader.Checks;

/// <summary>One fault a lab's judge found, and the sentence a student reads about it.</summary>
/// <typeparam name="TFault">The lab's facts (<c>HttpFault</c>, <c>PingFault</c>, <c>SmtpFault</c>).</typeparam>
/// <param name="Fault">Which fact.</param>
/// <param name="Message">One sentence naming what was sent or printed and what the probe expected.</param>
public sealed record Finding<TFault>(TFault Fault, string Message)
    where TFault : struct, Enum;
