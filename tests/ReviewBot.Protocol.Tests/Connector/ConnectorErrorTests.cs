using ReviewBot.Protocol.Connector;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class ConnectorErrorTests
{
    [Theory]
    [InlineData("""{"error":{"code":"MessageSizeTooBig","message":"Message size too big","innerHttpError":{"statusCode":413}}}""", "MessageSizeTooBig", "Message size too big")]
    [InlineData("""{"code":"ActivityNotFoundInConversation","message":"Activity not found"}""", "ActivityNotFoundInConversation", "Activity not found")]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",\"details\":\"Thread is blocked from message writes.\"}"}""", "MessageWritesBlocked", "Thread is blocked from message writes.")]
    [InlineData("""{"errorCode":209,"message":"Conversation blocked"}""", "209", "Conversation blocked")]
    [InlineData("<html><body>Cannot POST</body></html>", null, null)]
    [InlineData("[1,2]", null, null)]
    [InlineData("", null, null)]
    public void Error_bodies_of_every_known_shape_give_code_and_message(string body, string? code, string? message)
    {
        var error = ConnectorError.Parse(body);

        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_huge_message_is_shortened()
    {
        var error = ConnectorError.Parse("{\"error\":{\"code\":\"X\",\"message\":\"" + new string('x', 5000) + "\"}}");

        Assert.True(error.Message!.Length <= 501);
    }
}
