using Microsoft.Extensions.Time.Testing;
using ReviewBot.Dialogs.Dates;
using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Tests.Support;

namespace ReviewBot.Dialogs.Tests.Prompts;

public sealed class DateTimePromptTests
{
    private static DateTimePrompt Prompt() => new("date", clock: new UserClock(
        new FakeTimeProvider(new DateTimeOffset(2024, 6, 30, 17, 0, 0, TimeSpan.Zero)),
        UserClock.FindTimeZone(UserClock.DefaultTimeZoneId)));

    [Fact]
    public async Task Resolves_against_the_default_zone_when_the_client_sends_no_local_time()
    {
        var client = await PromptHarness.AskedAsync(Prompt(), PromptOptions.Create("完成时限？"));

        var turn = await client.SendAsync("月底前");

        Assert.Equal("结果：{\"kind\":\"Date\",\"date\":\"2024-07-31\",\"text\":\"月底前\"}", turn.Text);
    }

    [Fact]
    public async Task Resolves_against_the_users_local_timestamp()
    {
        var client = await PromptHarness.AskedAsync(Prompt(), PromptOptions.Create("完成时限？"));
        client.LocalTimestamp = new DateTimeOffset(2024, 6, 30, 12, 0, 0, TimeSpan.FromHours(-5));

        var turn = await client.SendAsync("月底前");

        Assert.Equal(new DateOnly(2024, 6, 30), turn.Result.GetResult<DateResolution>()!.Date);
    }

    [Fact]
    public async Task Special_kinds_end_the_prompt_and_nonsense_is_asked_again()
    {
        var client = await PromptHarness.AskedAsync(Prompt(), PromptOptions.Create("完成时限？", "没看懂这个时间，可以写“6月底前”“三个月内”“立行立改”或“长期坚持”。"));

        Assert.StartsWith("没看懂这个时间", (await client.SendAsync("尽快吧")).Text, StringComparison.Ordinal);
        var turn = await client.SendAsync("立行立改");

        Assert.Equal(DateResolutionKind.Immediate, turn.Result.GetResult<DateResolution>()!.Kind);
    }
}
