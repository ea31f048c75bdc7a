namespace Grader.Labs.WebServer;

/// <summary>One header line of a reply, its name as sent and its value without surrounding spaces.</summary>
public sealed record HttpHeader(string Name, string Value);
