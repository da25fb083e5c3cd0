using ReviewBot.Storage.State;

namespace ReviewBot.Storage.Postgres;

/// <summary>
/// <see cref="ReviewBot.Builder.Storage.IStorage"/> on PostgreSQL, for several bot instances behind a load balancer:
/// the conditional statements of a batch run in one transaction, sent to the server in one round trip.
/// </summary>
public sealed class PostgresStorage(PostgresDatabase database) : SqlStorage(database);
