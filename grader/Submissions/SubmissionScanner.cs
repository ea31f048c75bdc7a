using Grader.Rubric;

namespace Grader.Submissions;

/// <summary>Finds each role's program in a submission folder.</summary>
public static class SubmissionScanner
{
    /// <summary>Scans <paramref name="directory"/>; throws <see cref="SubmissionException"/> for bad input.</summary>
    public static Submission Scan(string directory)
    {
        // TEMPORARY until the languages branch lands: Python, lab names only.
        var dir = Path.GetFullPath(directory);
        if (!Directory.Exists(dir)) throw new SubmissionException($"no submission folder at {directory}");
        var names = new Dictionary<Role, string> { [Role.TcpClient] = "TCPClient.py", [Role.TcpServer] = "TCPServer.py", [Role.TcpServerConcurrent] = "TCPServerConcurrent.py", [Role.UdpClient] = "UDPClient.py", [Role.UdpServer] = "UDPServer.py" };
        var programs = names.Where(kv => File.Exists(Path.Combine(dir, kv.Value))).Select(kv => new RoleProgram(kv.Key, "python", kv.Value)).ToList();
        return new Submission(Path.GetFileName(dir), dir, programs, null);
    }
}
