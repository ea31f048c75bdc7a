using Grader.Checks;
using Grader.Labs.MailClient.Checks;
using Grader.Labs.MailClient.Judges;
using Grader.Rubric;

namespace Grader.Labs.MailClient;

/// <summary>Every check of the mail client lab, by the kind name assignment files use, with the settings of its runs.
/// Adding a check is one line here.</summary>
internal static class MailClientChecks
{
    /// <summary>How long the probe holds the greeting and each reply while it listens for a command sent before
    /// it.</summary>
    public static readonly CheckSetting<TimeSpan> Hold = CheckSetting.Duration(
        "hold",
        TimeSpan.FromMilliseconds(200),
        "how long the probe holds the greeting and each reply, listening for a command sent before it"
    );

    /// <summary>The text the message must hold; any when not given.</summary>
    public static readonly CheckSetting<string?> Text = CheckSetting.OptionalText(
        "text",
        "the text the message must hold (line endings and surrounding blank lines aside)"
    );

    /// <summary>Every check, in the order the shipped rubric lists them.</summary>
    public static IReadOnlyList<MailClientCheck> All { get; } =
    [
        new("command-order", SmtpVariant.Accepting, [Hold], MailClientVerdicts.CommandOrder),
        new(
            "helo",
            SmtpVariant.Accepting,
            [],
            run => MailClientVerdicts.Command(run, ["HELO", "EHLO"], "250", "`HELO <your name>`")
        ),
        new(
            "mail-from",
            SmtpVariant.Accepting,
            [],
            run => MailClientVerdicts.Command(run, ["MAIL"], "250", "`MAIL FROM:<sender>`")
        ),
        new(
            "rcpt-to",
            SmtpVariant.Accepting,
            [],
            run => MailClientVerdicts.Command(run, ["RCPT"], "250", "`RCPT TO:<recipient>`")
        ),
        new("data", SmtpVariant.Accepting, [], run => MailClientVerdicts.Command(run, ["DATA"], "354", "`DATA`")),
        new("end-of-data", SmtpVariant.Accepting, [Text], MailClientVerdicts.EndOfData),
        new("quits", SmtpVariant.Accepting, [], MailClientVerdicts.Quits),
        new("crlf", SmtpVariant.Accepting, [], MailClientVerdicts.Crlf),
        new("login-over-tls", SmtpVariant.Accepting, [], MailClientVerdicts.LoginOverTls),
        new("tls", SmtpVariant.Accepting, [], MailClientVerdicts.Tls),
        new("angle-brackets", SmtpVariant.Accepting, [], MailClientVerdicts.AngleBrackets),
        new("dot-stuffing", SmtpVariant.Accepting, [], MailClientVerdicts.DotStuffing),
        new("refused-recipient", SmtpVariant.RecipientRefused, [], MailClientVerdicts.RefusedRecipient),
    ];

    /// <summary>The kinds as the assignment loader sees them.</summary>
    public static ICheckKinds Kinds { get; } = new CheckKinds(All);

    /// <summary>The check of <paramref name="kind"/> for <paramref name="role"/>, or null.</summary>
    public static MailClientCheck? ClientCheck(Role role, string kind) => CheckKinds.Find(All, role, kind);
}
