using System.Text.Json;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Tests.Choices;

/// <summary>The card's exact JSON, as the JsonObject-built card of earlier releases wrote it (escapes included).</summary>
public sealed class ChoiceCardTests
{
    private static readonly Choice[] Choices =
    [
        new("采用"), new("修改") { Title = "修改\"这条\"" }, new("a<b>&'c'"), new("四"), new("五"), new("六") { Title = "  " }, new("七\n八"),
    ];

    [Fact]
    public void A_card_has_the_question_then_rows_of_five_buttons_stamped_with_the_question()
    {
        var card = ChoiceCard.Create("我整理成了这样：\n\n“理论学习”<不够> & 'x' \\ \t é 😀", Choices, "0a1b2c3d4e5f");

        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"我整理成了这样：\n\n“理论学习”<不够> & 'x' \\ \t é \uD83D\uDE00","wrap":true},{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"采用","data":{"choice":"采用","asked":"0a1b2c3d4e5f"}},{"type":"Action.Submit","title":"修改\"这条\"","data":{"choice":"修改","asked":"0a1b2c3d4e5f"}},{"type":"Action.Submit","title":"a<b>&'c'","data":{"choice":"a<b>&'c'","asked":"0a1b2c3d4e5f"}},{"type":"Action.Submit","title":"四","data":{"choice":"四","asked":"0a1b2c3d4e5f"}},{"type":"Action.Submit","title":"五","data":{"choice":"五","asked":"0a1b2c3d4e5f"}}]},{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"六","data":{"choice":"六","asked":"0a1b2c3d4e5f"}},{"type":"Action.Submit","title":"七\n八","data":{"choice":"七\n八","asked":"0a1b2c3d4e5f"}}]}]}
            """,
            card.Content!.Value.GetRawText());
    }

    [Fact]
    public void A_card_without_question_text_or_stamp_has_only_the_buttons()
    {
        var card = ChoiceCard.Create(" ", Choices[..2]);

        Assert.Equal(
            """
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"采用","data":{"choice":"采用"}},{"type":"Action.Submit","title":"修改\"这条\"","data":{"choice":"修改"}}]}]}
            """,
            card.Content!.Value.GetRawText());
    }

    [Fact]
    public void The_card_is_sent_as_its_attachment_content()
    {
        var json = JsonSerializer.Serialize(ChoiceCard.Create(null, Choices[..1]), ProtocolJson.Options);

        Assert.Equal(
            """
            {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"采用","data":{"choice":"采用"}}]}]}}
            """,
            json);
    }
}
