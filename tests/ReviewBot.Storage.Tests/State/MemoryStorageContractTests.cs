using ReviewBot.Builder.Storage;

namespace ReviewBot.Storage.Tests.State;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<(IStorage Storage, Func<ValueTask> Dispose)> CreateStorageAsync()
        => Task.FromResult<(IStorage, Func<ValueTask>)>((new MemoryStorage(), () => ValueTask.CompletedTask));
}
