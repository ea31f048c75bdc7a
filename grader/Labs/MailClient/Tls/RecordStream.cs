namespace Grader.Labs.MailClient.Tls;

/// <summary>
/// A connection's bytes for a TLS layer above, each read ending at the end of a TLS record: the layer never holds a
/// record it has read ahead, so whether the client has sent more is what the kernel's queue shows, as on a plain
/// connection (the probe peeks there, and the kernel's socket table counts the bytes on their way).
/// </summary>
internal sealed class RecordStream(Stream inner) : Stream
{
    private const int HeaderLength = 5;
    private readonly byte[] _header = new byte[HeaderLength];
    private int _headerRead;
    private int _recordLeft;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty)
            return 0;
        var inHeader = _headerRead < HeaderLength;
        var most = inHeader ? HeaderLength - _headerRead : _recordLeft;
        var read = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, most)], cancellationToken);
        if (read == 0)
            return 0;
        if (inHeader)
        {
            buffer.Span[..read].CopyTo(_header.AsSpan(_headerRead));
            _headerRead += read;
            if (_headerRead == HeaderLength)
            {
                _recordLeft = (_header[3] << 8) | _header[4];
                if (_recordLeft == 0)
                    _headerRead = 0;
            }
        }
        else if ((_recordLeft -= read) == 0)
            _headerRead = 0;
        return read;
    }

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    /// <inheritdoc />
    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.WriteAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc />
    public override void Flush() => inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
