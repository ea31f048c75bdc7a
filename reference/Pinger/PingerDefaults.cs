namespace Reference.Pinger;

/// <summary>The UDP pinger lab's defaults, as the textbook's programs have them.</summary>
public static class PingerDefaults
{
    /// <summary>The port of the textbook's <c>UDPPingerServer.py</c>.</summary>
    public const int Port = 12000;

    /// <summary>The share of pings the server drops by default (the textbook's drops 4 in 11, about 36%).</summary>
    public const double Loss = 0.3;

    /// <summary>How many pings the client sends.</summary>
    public const int Count = 10;

    /// <summary>How long the client waits for each reply, in seconds.</summary>
    public const double TimeoutSeconds = 1;
}
