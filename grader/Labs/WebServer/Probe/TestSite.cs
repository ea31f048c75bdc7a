using System.Text;
using Grader.Launching;

namespace Grader.Labs.WebServer.Probe;

/// <summary>
/// The grader's own files, placed in the web server's folder before it starts (<see cref="LaunchFile"/>), so every
/// check knows byte for byte what a right reply holds: an HTML page in plain ASCII with `\n` line endings (which a
/// server that reads in text mode, as the handout's skeleton does, still sends unchanged), and a PNG picture, whose
/// bytes a text-mode read cannot keep. Names no student uses, so the submission's own files stay as they are.
/// </summary>
public static class TestSite
{
    /// <summary>The page's name.</summary>
    public const string PageName = "lab-grader-page.html";

    /// <summary>The picture's name.</summary>
    public const string ImageName = "lab-grader-image.png";

    /// <summary>A name no file in the folder has.</summary>
    public const string MissingName = "lab-grader-missing.html";

    /// <summary>What the page says, for finding it in a browser's screenshot.</summary>
    public const string Heading = "Served by your web server";

    /// <summary>The element of the page where the picture's fate is written, for a browser's page to tell.</summary>
    public const string PictureStatusId = "picture";

    /// <summary>What that element says until the picture has loaded or failed.</summary>
    public const string PicturePending = "picture pending";

    /// <summary>What it says once the browser has shown the picture.</summary>
    public const string PictureLoaded = "picture loaded";

    /// <summary>What it says when the browser could not show the picture.</summary>
    public const string PictureFailed = "picture failed";

    /// <summary>The page: a heading, a line of text, the picture, and a line that says whether the picture
    /// loaded.</summary>
    public static byte[] Page { get; } =
        Encoding.ASCII.GetBytes(
            "<!DOCTYPE html>\n"
                + "<html>\n"
                + "<head><title>Lab grader test page</title>\n"
                + "<style>body { font-family: sans-serif; margin: 40px; } img { image-rendering: pixelated; }</style>\n"
                + "</head>\n"
                + "<body>\n"
                + $"<h1>{Heading}</h1>\n"
                + $"<p>If a picture of red and blue squares shows below, {ImageName} came through whole.</p>\n"
                + $"<p id=\"{PictureStatusId}\">{PicturePending}</p>\n"
                + $"<img src=\"{ImageName}\" width=\"128\" height=\"128\" alt=\"the picture did not load\""
                + $" onload=\"document.getElementById('{PictureStatusId}').textContent='{PictureLoaded}'\""
                + $" onerror=\"document.getElementById('{PictureStatusId}').textContent='{PictureFailed}'\">\n"
                + "</body>\n"
                + "</html>\n"
        );

    /// <summary>The picture: an 8 by 8 checkerboard of red and blue, a valid PNG of 88 bytes, among them bytes above
    /// 127 and the `\r\n` of the PNG signature.</summary>
    public static byte[] Image { get; } =
    [
        0x89,
        0x50,
        0x4E,
        0x47,
        0x0D,
        0x0A,
        0x1A,
        0x0A,
        0x00,
        0x00,
        0x00,
        0x0D,
        0x49,
        0x48,
        0x44,
        0x52,
        0x00,
        0x00,
        0x00,
        0x08,
        0x00,
        0x00,
        0x00,
        0x08,
        0x08,
        0x02,
        0x00,
        0x00,
        0x00,
        0x4B,
        0x6D,
        0x29,
        0xDC,
        0x00,
        0x00,
        0x00,
        0x1F,
        0x49,
        0x44,
        0x41,
        0x54,
        0x78,
        0xDA,
        0x63,
        0xB8,
        0xA0,
        0x60,
        0x00,
        0x44,
        0x0A,
        0x01,
        0x0F,
        0x80,
        0x08,
        0x99,
        0xCD,
        0x80,
        0x53,
        0x02,
        0x53,
        0x08,
        0xC2,
        0xC6,
        0x2D,
        0x41,
        0x07,
        0x3B,
        0x00,
        0x76,
        0x8A,
        0x4E,
        0x01,
        0x80,
        0xF4,
        0xC5,
        0x25,
        0x00,
        0x00,
        0x00,
        0x00,
        0x49,
        0x45,
        0x4E,
        0x44,
        0xAE,
        0x42,
        0x60,
        0x82,
    ];

    /// <summary>The files as the server's launch gets them.</summary>
    public static IReadOnlyList<LaunchFile> Files { get; } = [new(PageName, Page), new(ImageName, Image)];
}
