using Grader.Checks;
using Grader.Labs.MailClient.Judges;
using Grader.Labs.MailClient.Probe;
using Grader.Probes;

namespace Grader.Labs.MailClient.Checks;

/// <summary>
/// How each check of the mail client lab (<see cref="MailClientChecks"/>) judges its run (the accepting server's, or
/// the refusing one's): from the <see cref="SmtpDialogue"/>'s facts and the lines and replies exchanged, saying what
/// was sent and what was answered.
/// </summary>
internal static class MailClientVerdicts
{
    private const int Shown = 60;

    public static CheckOutcome CommandOrder(MailRun run)
    {
        if (First(run, SmtpFault.SpokeBeforeGreeting, SmtpFault.SpokeBeforeReply) is { } fault)
            return CheckOutcome.Fail(fault);
        var replies = run.Exchanges.Count(e => e.Reply is not null);
        return CheckOutcome.Pass(
            $"the client read the greeting and each of the {replies} replies before it sent its next command"
        );
    }

    // A command the handout sends, judged by its first sending: the reply expected, or why not (out of order,
    // malformed), in the dialogue's words where it has them.
    public static CheckOutcome Command(MailRun run, string[] verbs, string code, string expected)
    {
        if (run.Verdict.MessageFor(SmtpFault.NoCommand) is { } none)
            return CheckOutcome.Fail(none);
        if (run.Commands.FirstOrDefault(e => verbs.Contains(e.Verb)) is not { } first)
            return CheckOutcome.Fail($"the client never sent {expected}: {WhatItDid(run)}");
        if (first.Reply is null)
            return CheckOutcome.Fail(Unanswered(first));
        if (first.Reply.StartsWith(code, StringComparison.Ordinal))
            return CheckOutcome.Pass($"the client sent {Quote(first.Line)}, answered {Quote(first.Reply)}");
        var quoted = Quote(first.Line);
        var why = run
            .Verdict.Findings.FirstOrDefault(f =>
                f.Fault is SmtpFault.WrongOrder or SmtpFault.MalformedCommand
                && f.Message.Contains(quoted, StringComparison.Ordinal)
            )
            ?.Message;
        return CheckOutcome.Fail(
            $"the client sent {quoted}, answered {Quote(first.Reply ?? "nothing")}, where {expected} answered `{code}` was due"
                + (why is null ? "" : $": {why}")
        );
    }

    public static CheckOutcome EndOfData(MailRun run)
    {
        var verdict = run.Verdict;
        var lastLine = run.Exchanges.LastOrDefault(e => e.InMessage && e.Line != ".");
        var sentLast = lastLine is null ? "" : $" (the last it sent of its message: {Quote(lastLine.Line)})";
        if (
            First(
                run,
                SmtpFault.MessageNotEnded,
                SmtpFault.EndOfDataBareLf,
                SmtpFault.MessageDiffers,
                SmtpFault.NoMessage
            ) is
            { } fault
        )
            return CheckOutcome.Fail(fault + sentLast);
        if (verdict.Message is null || run.Exchanges.LastOrDefault(e => e.InMessage && e.Line == ".") is not { } end)
            return CheckOutcome.Fail($"the client's message was never accepted: {WhatItDid(run)}");
        return CheckOutcome.Pass(
            $"the client ended its message with `\\r\\n.\\r\\n`, answered {Quote(end.Reply ?? "")}; the message delivered: {Quote(verdict.Message)}"
        );
    }

    public static CheckOutcome Quits(MailRun run)
    {
        if (run.Commands.FirstOrDefault(e => e.Verb == "QUIT") is { } quit)
            return quit.Reply is null
                ? CheckOutcome.Fail(Unanswered(quit))
                : CheckOutcome.Pass($"the client sent {Quote(quit.Line)}, answered {Quote(quit.Reply)}");
        return CheckOutcome.Fail(
            run.Verdict.MessageFor(SmtpFault.NoQuit) ?? $"the client never sent `QUIT`: {WhatItDid(run)}"
        );
    }

    // Credentials only over TLS: a client that never logs in passes, as the handout's does.
    public static CheckOutcome LoginOverTls(MailRun run)
    {
        if (First(run, SmtpFault.CredentialsInClear) is { } clear)
            return CheckOutcome.Fail(clear);
        if (run.Commands.FirstOrDefault(e => e.Verb == "AUTH") is not { } auth)
            return CheckOutcome.Pass("the client did not log in, so it sent no credentials in clear");
        return CheckOutcome.Pass(
            $"the client sent {Quote(auth.Line)} only over TLS{(run.Verdict.LoggedIn ? ", answered `235`" : "")}"
        );
    }

    // The mail over TLS: STARTTLS, or TLS from the start on port 465.
    public static CheckOutcome Tls(MailRun run)
    {
        if (run.Verdict.MessageOverTls)
            return CheckOutcome.Pass(
                run.Commands.Any(e => e.Verb == "STARTTLS")
                    ? "the client sent `STARTTLS` and its message over TLS"
                    : "the client spoke TLS from the start (port 465) and sent its message over it"
            );
        if (run.Verdict.TlsFailure is { } failure)
            return CheckOutcome.Fail($"the client's TLS handshake failed: {failure}");
        return CheckOutcome.Fail(
            run.Verdict.Message is null
                ? $"the client sent no message over TLS: {WhatItDid(run)}"
                : "the client sent its message in clear: send `STARTTLS` after `EHLO` (then `EHLO` again), or connect to port 465 with TLS from the start"
        );
    }

    public static CheckOutcome Crlf(MailRun run)
    {
        if (First(run, SmtpFault.BareLf, SmtpFault.UnendedLine) is { } fault)
            return CheckOutcome.Fail(fault);
        return CheckOutcome.Pass($"every one of the {run.Exchanges.Count} lines the client sent ended in `\\r\\n`");
    }

    public static CheckOutcome AngleBrackets(MailRun run)
    {
        if (First(run, SmtpFault.AddressWithoutBrackets) is { } fault)
            return CheckOutcome.Fail(fault);
        var addresses = run.Commands.Where(e => e.Verb is "MAIL" or "RCPT").Select(e => Quote(e.Line)).ToList();
        return addresses.Count == 0
            ? CheckOutcome.Fail($"the client sent no address at all: {WhatItDid(run)}")
            : CheckOutcome.Pass($"the client wrote its addresses in angle brackets: {string.Join(", ", addresses)}");
    }

    public static CheckOutcome DotStuffing(MailRun run)
    {
        if (First(run, SmtpFault.DotStuffingMissing) is { } fault)
            return CheckOutcome.Fail(fault);
        var dotted = run.Exchanges.Where(e => e.InMessage && e.Line.StartsWith('.') && e.Line != ".").ToList();
        // A client that stuffs sends every line that starts with a dot with two: one dot then another character is
        // a line that was not stuffed, whose first dot the server drops.
        if (dotted.FirstOrDefault(e => !e.Line.StartsWith("..", StringComparison.Ordinal)) is { } unstuffed)
            return CheckOutcome.Fail(
                $"the client sent the message line {Quote(unstuffed.Line)}, which starts with a single dot: the server drops that dot, so a line that starts with `.` is sent with one more (dot-stuffing): {Quote("." + unstuffed.Line)}"
            );
        return CheckOutcome.Pass(
            dotted.Count > 0
                ? $"the client dot-stuffed its message: it sent the line {Quote(dotted[0].Line)}"
                : "no line of the client's message starts with `.`, so none needed dot-stuffing"
        );
    }

    public static CheckOutcome RefusedRecipient(MailRun run)
    {
        if (
            First(
                run,
                SmtpFault.DataAfterRefusal,
                SmtpFault.MessageAfterRefusal,
                SmtpFault.NoQuitAfterRefusal,
                SmtpFault.RefusalNotReported
            ) is
            { } fault
        )
            return CheckOutcome.Fail(fault);
        if (
            run.Commands.FirstOrDefault(e => e.Reply?.StartsWith("550", StringComparison.Ordinal) == true)
            is not { } refused
        )
            return CheckOutcome.Fail($"the client never met the refusal: it sent no `RCPT TO`; {WhatItDid(run)}");
        return CheckOutcome.Pass(
            $"the server answered {Quote(refused.Line)} with {Quote(refused.Reply!)}; the client sent no `DATA` and no message, sent `QUIT` and said the mail was not sent"
        );
    }

    // A command the client left without its line ending and waited on.
    private static string Unanswered(SmtpExchange command) =>
        $"the client sent {Quote(command.Line)} with no line ending, then nothing more: a server takes a command only at its `\\r\\n`, so none answered it";

    // The first of these faults the dialogue found, in the order found.
    private static string? First(MailRun run, params SmtpFault[] faults) =>
        run.Verdict.Findings.FirstOrDefault(f => faults.Contains(f.Fault))?.Message;

    // What the client's last line and reply were, and how it ended.
    private static string WhatItDid(MailRun run)
    {
        var ended = run.FellSilent ? "then sent nothing more" : "then closed the connection";
        if (run.Exchanges.LastOrDefault(e => e.Reply is not null) is not { } last)
            return $"it sent no command the server answered, and {ended[5..]}";
        return $"the last line it sent that the server answered was {Quote(last.Line)} ({Quote(last.Reply!)}); it {ended}";
    }

    private static string Quote(string text) => $"`{WireText.Show(text, Shown)}`";
}
