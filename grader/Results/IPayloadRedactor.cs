namespace Grader.Results;

/// <summary>
/// What a lab hides in its captures: given the bytes one side sent over one TCP connection, in order, the ranges that
/// are secrets (a mail client's credentials), which are overwritten, byte for byte, before a capture is written.
/// </summary>
public interface IPayloadRedactor
{
    /// <summary>The ranges of <paramref name="stream"/> to hide; empty when it holds no secret.</summary>
    IReadOnlyList<Range> Secrets(ReadOnlySpan<byte> stream);
}
