using System.Collections.Concurrent;
using MLDrill.Infrastructure.Data;

namespace MLDrill.Web.Features.Practice;

/// <summary>
/// Keeps each user's today view between the writes that change it, so showing the practice page costs no
/// database work. Enabled for SQLite only: a SQLite file has one web process, so every write passes through
/// here. With PostgreSQL several nodes may write, and the view is always read from the database.
/// </summary>
public sealed class TodayViewCache(bool enabled)
{
    public static TodayViewCache For(StorageOptions storage) => new(enabled: storage.Provider == DatabaseProvider.Sqlite);

    /// <summary>Longest a view is kept: due reviews are reordered by retrievability, which drifts slowly.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly bool _enabled = enabled;
    private readonly ConcurrentDictionary<string, Entry> _entries = new();
    private readonly ConcurrentDictionary<string, long> _versions = new();

    /// <summary>Read before computing a view; <see cref="Store"/> drops the view if a write came in between.</summary>
    public long Version(string userId) => _versions.GetValueOrDefault(userId);

    public TodayView? Find(string userId, DateTimeOffset now) =>
        _enabled && _entries.TryGetValue(userId, out var entry) && now < entry.ValidUntil && entry.Version == Version(userId)
            ? entry.View
            : null;

    public void Store(string userId, TodayView view, DateTimeOffset validUntil, long versionAtStart)
    {
        if (_enabled && versionAtStart == Version(userId))
        {
            _entries[userId] = new Entry(view, validUntil, versionAtStart);
        }
    }

    /// <summary>Call after every write that changes what today holds: ratings, undo, targets, time zone.</summary>
    public void Invalidate(string userId)
    {
        _versions.AddOrUpdate(userId, 1, (_, version) => version + 1);
        _entries.TryRemove(userId, out _);
    }

    private sealed record Entry(TodayView View, DateTimeOffset ValidUntil, long Version);
}
