namespace Grader.Labs.WebServer.Judges;

/// <summary>One header line of a reply, its name as sent and its value without surrounding spaces.</summary>
public sealed record HttpHeader(string Name, string Value);
