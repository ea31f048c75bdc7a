namespace Reference.Web;

/// <summary>How the reading of a request's head ended.</summary>
public enum RequestHeadEnd
{
    /// <summary>The blank line arrived: the head is complete.</summary>
    BlankLine,

    /// <summary>The client closed its side without sending a request: nothing to answer.</summary>
    NothingSent,

    /// <summary>The client closed its side in the middle of the head.</summary>
    ClosedEarly,

    /// <summary>No blank line within <see cref="WebProtocol.MaxRequestHeadSize"/> bytes.</summary>
    TooLarge,
}
