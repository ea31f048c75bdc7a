using System.Runtime.Versioning;

// The tests run on Linux, where every sandbox is, and call the grader's Linux-only parts freely; the grader itself
// keeps them behind its platform boundary.
[assembly: SupportedOSPlatform("linux")]
