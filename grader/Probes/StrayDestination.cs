using System.Net;
using Grader.Rubric;

namespace Grader.Probes;

/// <summary>A destination a program sent to that no probe serves: another port, or the other transport on the probe's
/// port.</summary>
/// <param name="Transport">UDP for datagrams, TCP for connections.</param>
/// <param name="Destination">The address and port they went to.</param>
/// <param name="Times">How many datagrams, or connection attempts, went there.</param>
public sealed record StrayDestination(Transport Transport, IPEndPoint Destination, int Times);
