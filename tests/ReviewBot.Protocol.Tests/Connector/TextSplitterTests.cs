using System.Text.Encodings.Web;
using ReviewBot.Protocol.Connector;

namespace ReviewBot.Protocol.Tests.Connector;

public sealed class TextSplitterTests
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [Fact]
    public void Text_within_the_budget_stays_whole()
    {
        Assert.Equal(["一、理论学习方面\n\n二、政治纪律方面"], TextSplitter.Split("一、理论学习方面\n\n二、政治纪律方面", 100, Encoder));
    }

    [Fact]
    public void Paragraphs_are_packed_and_cut_only_at_blank_lines()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => $"第{i}段：" + new string('查', 30 + i)).ToList();
        var text = string.Join("\n\n", paragraphs);

        var pieces = TextSplitter.Split(text, 120, Encoder);

        Assert.True(pieces.Count > 1);
        Assert.All(pieces, piece => Assert.True(TextSplitter.EscapedLength(piece, Encoder) <= 120));
        Assert.Equal(text, string.Join("\n\n", pieces));
        Assert.All(pieces, piece => Assert.StartsWith("第", piece, StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_longer_than_the_budget_is_cut_at_line_breaks()
    {
        var lines = Enumerable.Range(1, 10).Select(i => $"{i}. " + new string('改', 20)).ToList();
        var text = "前言\n\n" + string.Join("\n", lines);

        var pieces = TextSplitter.Split(text, 60, Encoder);

        Assert.Equal("前言", pieces[0]);
        Assert.Equal(string.Join("\n", lines), string.Join("\n", pieces.Skip(1)));
        Assert.All(pieces.Skip(1), piece => Assert.Matches(@"^\d+\. 改+(\n\d+\. 改+)*$", piece));
    }

    [Fact]
    public void A_single_overlong_line_is_cut_hard_without_splitting_surrogate_pairs()
    {
        var text = string.Concat(Enumerable.Repeat("整改😀", 50));

        var pieces = TextSplitter.Split(text, 25, Encoder);

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, piece =>
        {
            Assert.True(TextSplitter.EscapedLength(piece, Encoder) <= 25);
            Assert.False(char.IsLowSurrogate(piece[0]));
            Assert.False(char.IsHighSurrogate(piece[^1]));
        });
    }

    [Fact]
    public void Characters_that_json_escapes_count_at_their_escaped_length()
    {
        var text = new string('"', 30);

        var pieces = TextSplitter.Split(text, 20, Encoder);

        Assert.All(pieces, piece => Assert.True(piece.Length <= 10));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void Windows_line_breaks_are_paragraph_boundaries_too()
    {
        var text = new string('甲', 20) + "\r\n\r\n" + new string('乙', 20) + "\r\n\r\n" + new string('丙', 20);

        var pieces = TextSplitter.Split(text, 50, Encoder);

        Assert.Equal([new string('甲', 20) + "\r\n\r\n" + new string('乙', 20), new string('丙', 20)], pieces);
    }

    [Fact]
    public void Blank_pieces_are_dropped()
    {
        var text = new string('甲', 20) + "\n\n\n\n\n\n" + new string('乙', 20);

        var pieces = TextSplitter.Split(text, 25, Encoder);

        Assert.Equal([new string('甲', 20), new string('乙', 20)], pieces);
    }
}
