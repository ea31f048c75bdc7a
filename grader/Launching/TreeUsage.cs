using System.Diagnostics;
using System.Globalization;

namespace Grader.Launching;

/// <summary>What a process tree uses at one moment.</summary>
/// <param name="Tasks">Processes and threads, counted as the kernel counts them against a process limit.</param>
/// <param name="LargestDataBytes">The largest data segment (heap and other private writable memory) of any one
/// process.</param>
internal readonly record struct TreeUsage(int Tasks, long LargestDataBytes);
