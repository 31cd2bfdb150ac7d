using MLDrill.Web.Features.Shared;

namespace MLDrill.Web.Tests;

public class DisplayTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0.2, "now")]
    [InlineData(9, "in 9 min")]
    [InlineData(170, "in 3 h")]
    [InlineData(23 * 60 + 50, "in 1 day")]
    [InlineData(3 * 24 * 60, "in 3 days")]
    [InlineData(90 * 24 * 60, "in 3 months")]
    public void Until_reads_naturally(double minutes, string expected) =>
        Display.Until(Now.AddMinutes(minutes), Now).ShouldBe(expected);

    [Theory]
    [InlineData(1.0 / 1440, "1 min")]
    [InlineData(10.0 / 1440, "10 min")]
    [InlineData(0.5, "12 h")]
    [InlineData(7, "7 d")]
    public void Intervals_under_the_rating_buttons_are_short(double days, string expected) =>
        Display.Interval(days).ShouldBe(expected);
}
