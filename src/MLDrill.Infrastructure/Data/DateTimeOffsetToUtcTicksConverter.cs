using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MLDrill.Infrastructure.Data;

/// <summary>Stores instants as UTC ticks, which SQLite compares and orders correctly.</summary>
public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
