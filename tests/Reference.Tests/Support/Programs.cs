namespace Reference.Tests.Support;

/// <summary>The programs the tests run: the reference's roles and the example submissions' Python files.</summary>
public static class Programs
{
    /// <summary>The reference program playing <paramref name="role"/> with extra <paramref name="options"/>.</summary>
    public static Launch Reference(string role, params string[] options) =>
        Launch.Of(Repository.ReferenceExecutable, [role, .. options]);

    /// <summary>A reference client talking to 127.0.0.1:<paramref name="port"/>.</summary>
    public static Launch ReferenceClient(string role, int port) =>
        Reference(
            role,
            "--host",
            "127.0.0.1",
            "--port",
            port.ToString(System.Globalization.CultureInfo.InvariantCulture)
        );

    /// <summary>A reference server on <paramref name="port"/>.</summary>
    public static Launch ReferenceServer(string role, int port) =>
        Reference(role, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// One of a submission's Python programs, run unbuffered (so its output arrives as it is printed) from the
    /// submission's folder, as a student would run it.
    /// </summary>
    public static async Task<Launch> PythonAsync(string submission, string file) =>
        Launch.Of(await PythonInterpreter.PathAsync(), "-u", file) with
        {
            WorkingDirectory = Repository.Submission(submission),
            Environment = new Dictionary<string, string> { ["PYTHONIOENCODING"] = "utf-8" },
        };
}
