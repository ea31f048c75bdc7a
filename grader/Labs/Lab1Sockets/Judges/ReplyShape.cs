namespace Grader.Labs.Lab1Sockets.Judges;

/// <summary>What a server made of a message, judged from its reply.</summary>
public enum ReplyShape
{
    /// <summary>One of the accepted upper-cased forms: correct.</summary>
    UpperCased,

    /// <summary>
    /// One of the accepted upper-cased forms followed by NUL bytes only: the rest of a fixed-size buffer sent whole, as
    /// the textbook's Java UDP server does (<c>new String(packet.getData())</c>). Correct text: a reader of the printed
    /// reply sees the right answer.
    /// </summary>
    PaddedWithNuls,

    /// <summary>Upper-cased, with a newline the message did not have.</summary>
    WithNewline,

    /// <summary>The message sent back as it came.</summary>
    Unchanged,

    /// <summary>Lower-cased.</summary>
    LowerCased,

    /// <summary>Every letter's case swapped.</summary>
    CaseSwapped,

    /// <summary>Reversed, upper-cased or not.</summary>
    Reversed,

    /// <summary>The message's length in characters or bytes, as digits.</summary>
    Length,

    /// <summary>Upper-cased, with more text around it (a prefix such as <c>From Server: </c>).</summary>
    Wrapped,

    /// <summary>The start of the upper-cased message only.</summary>
    CutShort,

    /// <summary>Nothing.</summary>
    Empty,

    /// <summary>Nothing the grader can relate to the message (a fixed reply, another client's text, garbage).</summary>
    Unrelated,
}
