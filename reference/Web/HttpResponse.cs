using System.Globalization;
using System.Net;
using System.Text;

namespace Reference.Web;

/// <summary>
/// A response ready to send: the status, the head's fields and the body's bytes, from a file or an error page. Owns
/// the open file; dispose it once sent.
/// </summary>
public sealed class HttpResponse : IAsyncDisposable
{
    private readonly Stream body;

    private HttpResponse(HttpStatus status, string contentType, Stream body)
    {
        Status = status;
        ContentType = contentType;
        this.body = body;
        ContentLength = body.Length;
    }

    /// <summary>The status of the response.</summary>
    public HttpStatus Status { get; }

    /// <summary>The <c>Content-Type</c> field's value.</summary>
    public string ContentType { get; }

    /// <summary>The body's exact length in bytes, sent as <c>Content-Length</c>.</summary>
    public long ContentLength { get; }

    /// <summary>An error response whose body is a small HTML page naming the status.</summary>
    /// <param name="status">The error status.</param>
    /// <returns>The response.</returns>
    public static HttpResponse Error(HttpStatus status)
    {
        var title = WebUtility.HtmlEncode(status.ToString());
        var page = $"<!DOCTYPE html>\n<html><head><title>{title}</title></head><body><h1>{title}</h1></body></html>\n";
        return new HttpResponse(status, ContentTypes.ErrorPage, new MemoryStream(Encoding.UTF8.GetBytes(page)));
    }

    /// <summary>
    /// A <c>200</c> response with the file's bytes, or the error the file calls for: <c>404</c> when it does not
    /// exist, <c>403</c> when it may not be read (or is a folder), <c>500</c> when reading it fails otherwise.
    /// </summary>
    /// <param name="path">The full path of the file, already known to lie under the root.</param>
    /// <returns>The response, owning the open file.</returns>
    public static HttpResponse ForFile(string path)
    {
        try
        {
            var file = new FileStream(
                path,
                FileMode.Open,
                FileAccess.Read,
                FileShare.ReadWrite,
                bufferSize: 64 * 1024,
                useAsync: true
            );
            return new HttpResponse(HttpStatus.Ok, ContentTypes.For(path), file);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return Error(HttpStatus.NotFound);
        }
        catch (UnauthorizedAccessException)
        {
            return Error(HttpStatus.Forbidden);
        }
        catch (IOException)
        {
            return Error(HttpStatus.InternalServerError);
        }
    }

    /// <summary>
    /// Writes the status line and the head (<c>Date</c>, <c>Content-Type</c>, <c>Content-Length</c>,
    /// <c>Connection: close</c>), then the body unless <paramref name="withBody"/> is false (a HEAD request).
    /// </summary>
    /// <param name="connection">The connection's stream.</param>
    /// <param name="withBody">Whether the body follows the head.</param>
    /// <param name="cancellationToken">Abandons the write.</param>
    /// <returns>A task that completes once every byte has been handed to the kernel.</returns>
    public async Task WriteAsync(Stream connection, bool withBody, CancellationToken cancellationToken)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{WebProtocol.ResponseVersion} {Status}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {DateTimeOffset.UtcNow:r}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Type: {ContentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {ContentLength}\r\n")
            .Append("Connection: close\r\n\r\n")
            .ToString();
        await connection.WriteAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        if (withBody)
        {
            await body.CopyToAsync(connection, cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => body.DisposeAsync();
}
