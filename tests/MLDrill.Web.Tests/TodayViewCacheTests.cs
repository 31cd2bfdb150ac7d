using MLDrill.Web.Features.Practice;

namespace MLDrill.Web.Tests;

public class TodayViewCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TodayView View = new([], 8, 0, [], new DateOnly(2026, 5, 1), Now.AddHours(12), null, [], PlanConfigured: false);

    [Fact]
    public void A_stored_view_is_found_until_it_expires()
    {
        var cache = new TodayViewCache(enabled: true);
        cache.Store("u", View, Now.AddMinutes(5), cache.Version("u"));

        cache.Find("u", Now.AddMinutes(4)).ShouldBeSameAs(View);
        cache.Find("u", Now.AddMinutes(5)).ShouldBeNull();
        cache.Find("other", Now).ShouldBeNull();
    }

    [Fact]
    public void A_write_drops_the_view()
    {
        var cache = new TodayViewCache(enabled: true);
        cache.Store("u", View, Now.AddMinutes(5), cache.Version("u"));

        cache.Invalidate("u");

        cache.Find("u", Now).ShouldBeNull();
    }

    [Fact]
    public void A_view_computed_before_a_write_is_never_stored_after_it()
    {
        var cache = new TodayViewCache(enabled: true);
        var versionAtStart = cache.Version("u");

        cache.Invalidate("u");
        cache.Store("u", View, Now.AddMinutes(5), versionAtStart);

        cache.Find("u", Now).ShouldBeNull();
    }

    [Fact]
    public void A_disabled_cache_keeps_nothing()
    {
        var cache = new TodayViewCache(enabled: false);
        cache.Store("u", View, Now.AddMinutes(5), cache.Version("u"));

        cache.Find("u", Now).ShouldBeNull();
    }
}
