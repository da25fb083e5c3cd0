namespace ReviewBot.Builder.State;

/// <summary>
/// A state value that knows whether it changed since it was read. <see cref="StateBag"/> writes such a value back as
/// it was stored, without serializing it, when it is the very object read from the store and reports no change.
/// Only for types whose every change goes through members that set <see cref="HasChanges"/>.
/// </summary>
public interface IChangeTracked
{
    bool HasChanges { get; }
}
