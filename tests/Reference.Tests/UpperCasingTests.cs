using System.Text;
using FluentAssertions;
using Reference.Protocol;
using Xunit;

namespace Reference.Tests;

/// <summary>The one transformation the reference servers apply.</summary>
public sealed class UpperCasingTests
{
    [Theory]
    [InlineData("hello", "HELLO")]
    [InlineData("straße", "STRAßE")]
    [InlineData("ǆ ﬁ", "Ǆ ﬁ")]
    [InlineData("", "")]
    public void Upper_cases_with_the_invariant_culture_one_character_for_one(string message, string reply)
    {
        Encoding.UTF8.GetString(UpperCasing.Apply(Encoding.UTF8.GetBytes(message))).Should().Be(reply);
    }

    [Fact]
    public void Replaces_invalid_utf8_instead_of_throwing()
    {
        UpperCasing.Apply([0xC3, 0x28, 0x61]).Should().Equal(Encoding.UTF8.GetBytes("\uFFFD(A"));
    }
}
