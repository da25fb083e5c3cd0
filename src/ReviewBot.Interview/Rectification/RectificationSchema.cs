using ReviewBot.Storage.Records;

namespace ReviewBot.Interview.Rectification;

/// <summary>
/// The 整改台账 tables (module "rectification"). Dates are ISO text (yyyy-MM-dd), times ISO-8601 text, so the same SQL
/// runs on SQLite and PostgreSQL. Every row carries the owner key: one owner never sees another's measures.
/// </summary>
public static class RectificationSchema
{
    public const string Module = "rectification";

    public static SchemaMigration Version1 { get; } = new(Module, 1, """
        CREATE TABLE rect_measures (
            owner_key TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            draft_id TEXT NOT NULL,
            draft_title TEXT NOT NULL,
            number TEXT NOT NULL,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            problem_refs TEXT NULL,
            responsible TEXT NULL,
            due_kind TEXT NULL,
            due_date TEXT NULL,
            due_text TEXT NULL,
            due_overridden INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL,
            evidence TEXT NULL,
            removed INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (owner_key, measure_id));
        CREATE TABLE rect_events (
            id TEXT PRIMARY KEY,
            owner_key TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX rect_events_measure ON rect_events (owner_key, measure_id, at);
        CREATE TABLE rect_owners (
            owner_key TEXT PRIMARY KEY,
            reference TEXT NULL,
            reminders_off INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL);
        CREATE TABLE rect_reminders (
            owner_key TEXT NOT NULL,
            measure_id TEXT NOT NULL,
            state TEXT NOT NULL,
            due_date TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (owner_key, measure_id, state, due_date));
        """);
}
