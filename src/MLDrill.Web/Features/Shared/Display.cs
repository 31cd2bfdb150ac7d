namespace MLDrill.Web.Features.Shared;

/// <summary>Words for times and durations, the same on every page.</summary>
public static class Display
{
    public static string Until(DateTimeOffset due, DateTimeOffset now)
    {
        var span = due - now;
        return span.TotalMinutes switch
        {
            < 1 => "now",
            < 60 => $"in {Math.Round(span.TotalMinutes)} min",
            < 60 * 23.5 => $"in {Math.Round(span.TotalHours)} h",
            _ when span.TotalDays < 45 => Plural(Math.Max(1, Math.Round(span.TotalDays)), "day"),
            _ when span.TotalDays < 365 => Plural(Math.Round(span.TotalDays / 30.4), "month"),
            _ => Plural(Math.Round(span.TotalDays / 365.25, 1), "year"),
        };
    }

    public static string Interval(double days) => days switch
    {
        < 1.0 / 24 => $"{Math.Max(1, Math.Round(days * 24 * 60))} min",
        < 1 => $"{Math.Round(days * 24)} h",
        < 45 => $"{Math.Round(days)} d",
        < 365 => $"{Math.Round(days / 30.4, 1)} mo",
        _ => $"{Math.Round(days / 365.25, 1)} y",
    };

    public static string Duration(double seconds) => seconds < 60
        ? $"{Math.Round(seconds)} s"
        : $"{(int)(seconds / 60)} min {Math.Round(seconds % 60):00} s";

    private static string Plural(double value, string unit) => $"in {value} {unit}{(value == 1 ? "" : "s")}";
}
