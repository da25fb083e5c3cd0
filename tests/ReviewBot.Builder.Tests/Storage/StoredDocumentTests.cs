using System.Text;
using ReviewBot.Builder.Storage;

namespace ReviewBot.Builder.Tests.Storage;

/// <summary>Documents travel as UTF-8; the text forms are the same documents, and equality is by content.</summary>
public sealed class StoredDocumentTests
{
    private const string Document = """{"aspect":"理论学习 🚩","note":"“如，”"}""";

    [Fact]
    public void A_document_given_as_text_is_kept_as_its_utf8_and_reads_back_as_the_same_text()
    {
        var stored = new StoredDocument(Document, "e1");
        var write = new StorageWrite("conv", Document, "*");

        Assert.Equal(Encoding.UTF8.GetBytes(Document), stored.Utf8.ToArray());
        Assert.Equal(Document, stored.Json);
        Assert.Equal(Encoding.UTF8.GetBytes(Document), write.Utf8);
        Assert.Equal(Document, write.Json);
    }

    [Fact]
    public void Documents_are_equal_when_their_bytes_and_etags_are()
    {
        var bytes = Encoding.UTF8.GetBytes(Document);

        Assert.Equal(new StoredDocument(bytes, "e1"), new StoredDocument(Document, "e1"));
        Assert.NotEqual(new StoredDocument(bytes, "e1"), new StoredDocument(bytes, "e2"));
        Assert.NotEqual(new StoredDocument(bytes, "e1"), new StoredDocument("{}", "e1"));
        Assert.Equal(new StorageWrite("conv", bytes, null), new StorageWrite("conv", Document, null));
        Assert.NotEqual(new StorageWrite("conv", bytes, null), new StorageWrite("user", bytes, null));
    }

    [Fact]
    public void A_write_without_a_document_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => StorageBatch.EnsureValid([new StorageWrite("conv", (string)null!, "*")]));

        Assert.Contains("conv", error.Message, StringComparison.Ordinal);
    }
}
