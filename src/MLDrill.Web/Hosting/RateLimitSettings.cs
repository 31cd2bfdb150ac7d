using System.ComponentModel.DataAnnotations;

namespace MLDrill.Web.Hosting;

/// <summary>Configuration section <c>RateLimits</c>: how many writes a client may make per minute.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>Login and registration posts per IP address.</summary>
    [Range(1, 100_000)]
    public int AccountPostsPerMinute { get; set; } = 10;

    /// <summary>Reveals, ratings, undos and API writes per user.</summary>
    [Range(1, 100_000)]
    public int PracticePostsPerMinute { get; set; } = 120;
}
