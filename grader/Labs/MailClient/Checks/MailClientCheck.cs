using Grader.Checks;
using Grader.Labs.MailClient.Judges;
using Grader.Labs.MailClient.Probe;
using Grader.Rubric;

namespace Grader.Labs.MailClient.Checks;

/// <summary>
/// One kind of check of the mail client lab: which server the probe plays for it, the settings it takes, and how it
/// judges the client's run against that server.
/// </summary>
/// <param name="Kind">Its name in assignment files, such as <c>command-order</c>.</param>
/// <param name="Variant">The server whose run it judges.</param>
/// <param name="Settings">The settings it declares beside the keys every check has.</param>
/// <param name="Judge">Its verdict on a run in which the client reached the server.</param>
internal sealed record MailClientCheck(
    string Kind,
    SmtpVariant Variant,
    IReadOnlyList<CheckSetting> Settings,
    Func<MailRun, CheckOutcome> Judge
) : ICheckKind
{
    /// <inheritdoc />
    /// <remarks>Every kind judges a mail client (<see cref="MailClientRoles.Plays"/>).</remarks>
    public bool AppliesTo(Role role) => MailClientRoles.Plays(role);
}
