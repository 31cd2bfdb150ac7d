using Microsoft.Extensions.DependencyInjection;
using MLDrill.Web.Hosting;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>A new user's first two weeks of daily sessions, day by day on the fake clock.</summary>
public sealed class TwoWeeksTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task The_first_two_weeks_draw_from_every_seed_area_and_stay_within_the_daily_target()
    {
        var bank = app.Services.GetRequiredService<ContentCatalog>().Bank;
        var client = await new AppClient(app).RegisterAsync();
        var areas = new HashSet<string>();
        var log = new List<string>();

        for (var day = 0; day < 14; day++)
        {
            var practisedToday = 0;
            while (await client.CurrentQuestionAsync() is not null)
            {
                var id = await client.PractiseOneAsync("Easy");
                log.Add($"{day}:{id}");
                areas.Add(bank.Find(id)!.Area.Id);
                practisedToday++;
            }

            practisedToday.ShouldBe(8, $"day {day}");
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        MLDrill.Domain.Questions.Area.All.Where(a => a.IsSeedArea).Select(a => a.Id).Where(id => !areas.Contains(id)).ShouldBeEmpty($"practised: {string.Join(", ", log)}");
    }
}
