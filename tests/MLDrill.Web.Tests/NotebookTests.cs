using System.Globalization;
using System.Net;
using System.Text.Json;
using MLDrill.Infrastructure.Data;
using MLDrill.Web.Tests.Support;

namespace MLDrill.Web.Tests;

/// <summary>The notebook: automatic entries, the weekly revisit, understood entries, search, export, privacy.</summary>
public abstract class NotebookTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : MLDrillFactory
{
    private async Task<List<(string Id, string Reason)>> QueueAsync(AppClient client)
    {
        using var json = JsonDocument.Parse(await client.GetHtmlAsync("/api/today"));
        return json.RootElement.GetProperty("queue").EnumerateArray()
            .Select(item => (item.GetProperty("questionId").GetString()!, item.GetProperty("reason").GetString()!)).ToList();
    }

    private string UserId(AppClient client) => app.WithDb(db => db.Users.Single(u => u.Email == client.Email).Id);

    private List<NotebookEntry> Entries(AppClient client)
    {
        var userId = UserId(client);
        return app.WithDb(db => db.NotebookEntries.Where(n => n.UserId == userId).ToList());
    }

    [Fact]
    public async Task Hard_ratings_and_thin_answers_enter_the_notebook_by_themselves_and_good_ones_do_not()
    {
        var client = await new AppClient(app).RegisterAsync();

        var hard = await client.PractiseOneAsync("Hard", "a long, thoughtful answer that still misses");
        var thin = await client.PractiseOneAsync("Good", "no idea");
        var good = await client.PractiseOneAsync("Good", app.FullAnswer((await client.CurrentQuestionAsync())!));

        var entries = Entries(client);
        entries.Single(e => e.QuestionId == hard).Source.ShouldBe(NotebookSource.LowRating);
        entries.Single(e => e.QuestionId == thin).Source.ShouldBe(NotebookSource.LowCoverage);
        entries.ShouldNotContain(e => e.QuestionId == good);
        var page = await client.GetHtmlAsync("/Notebook");
        page.ShouldContain("Added after a rating of Again or Hard");
        page.ShouldContain("Added after an answer that covered under half the key points");
    }

    [Fact]
    public async Task Undoing_the_rating_takes_the_automatic_entry_back_out()
    {
        var client = await new AppClient(app).RegisterAsync();
        var question = await client.PractiseOneAsync("Again");
        Entries(client).ShouldContain(e => e.QuestionId == question);

        (await client.PostFormAsync("/Practice?handler=Undo", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        Entries(client).ShouldNotContain(e => e.QuestionId == question);
    }

    [Fact]
    public async Task Entries_come_back_on_the_weekly_revisit_day_until_marked_understood()
    {
        var client = await new AppClient(app).RegisterAsync();
        var revisitDay = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(7).DayOfWeek;
        (await client.PostFormAsync("/Plan", new()
        {
            ["Input.DailyTarget"] = "8",
            ["Input.RevisitDay"] = ((int)revisitDay).ToString(CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tricky = await client.PractiseOneAsync("Hard", "something vague");
        var other = await client.PractiseOneAsync("Again", "no clue");

        app.Clock.Advance(TimeSpan.FromDays(7));
        var queue = await QueueAsync(client);

        queue.Where(q => q.Reason == "revisit").Select(q => q.Id).ShouldBe([tricky, other], ignoreOrder: true);
        queue.Count.ShouldBeLessThanOrEqualTo(8);

        var entry = Entries(client).Single(e => e.QuestionId == other);
        (await client.PostFormAsync($"/Notebook?handler=Understood&entryId={entry.Id}&understood=true", [], "/Notebook")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await QueueAsync(client);
        after.ShouldContain((tricky, "revisit"));
        after.ShouldNotContain(q => q.Id == other && q.Reason == "revisit");
        (await client.GetHtmlAsync("/Notebook")).ShouldContain("Understood");

        // Answering it again is the revisit: it leaves today's revisits and waits another week.
        await client.PractiseOneAsync("Good", app.FullAnswer(tricky));
        (await QueueAsync(client)).ShouldNotContain(q => q.Reason == "revisit");
        Entries(client).Single(e => e.QuestionId == tricky).RevisitedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Notes_are_searched_filtered_edited_and_exported_as_markdown()
    {
        var client = await new AppClient(app).RegisterAsync();
        var first = await client.PractiseOneAsync("Again");
        var second = await client.PractiseOneAsync("Again");
        var entry = Entries(client).Single(e => e.QuestionId == first);

        (await client.PostFormAsync($"/Notebook?handler=Note&entryId={entry.Id}", new() { ["Note"] = "Remember the **zebra** mnemonic: $\\sigma^2$" }, "/Notebook"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var found = await client.GetHtmlAsync("/Notebook?Search=zebra");
        found.ShouldContain("<strong>zebra</strong>");
        found.ShouldContain("1 of 2 entries");
        var area = app.Bank.Find(second)!.Area;
        var byArea = await client.GetHtmlAsync($"/Notebook?Area={area.Id}");
        byArea.ShouldContain(WebUtility.HtmlEncode(app.Bank.Find(second)!.Title));

        var export = await client.Http.GetAsync("/Notebook?handler=Export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/markdown");
        export.Content.Headers.ContentDisposition!.FileName.ShouldBe("mldrill-notebook.md");
        var markdown = await export.Content.ReadAsStringAsync();
        markdown.ShouldStartWith("# My MLDrill notebook");
        markdown.ShouldContain("## " + app.Bank.Find(first)!.Title);
        markdown.ShouldContain("Remember the **zebra** mnemonic: $\\sigma^2$");
        markdown.ShouldContain("### Model answer");
    }

    [Fact]
    public async Task A_note_that_is_too_long_is_refused_and_the_old_note_kept()
    {
        var client = await new AppClient(app).RegisterAsync();
        var question = await client.PractiseOneAsync("Again");
        var entry = Entries(client).Single(e => e.QuestionId == question);
        await client.PostFormAsync($"/Notebook?handler=Note&entryId={entry.Id}", new() { ["Note"] = "keep me" }, "/Notebook");

        var response = await client.PostFormAsync($"/Notebook?handler=Note&entryId={entry.Id}", new() { ["Note"] = new string('x', 20_001) }, "/Notebook");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("A note can be at most 20000 characters.");
        Entries(client).Single(e => e.QuestionId == question).Note.ShouldBe("keep me");
    }

    [Fact]
    public async Task Nobody_can_edit_mark_or_remove_another_users_entry()
    {
        var alice = await new AppClient(app).RegisterAsync();
        var bob = await new AppClient(app).RegisterAsync();
        var question = await alice.PractiseOneAsync("Again");
        var entry = Entries(alice).Single(e => e.QuestionId == question);

        await bob.PostFormAsync($"/Notebook?handler=Note&entryId={entry.Id}", new() { ["Note"] = "bob was here" }, "/Notebook");
        await bob.PostFormAsync($"/Notebook?handler=Understood&entryId={entry.Id}&understood=true", [], "/Notebook");
        await bob.PostFormAsync($"/Notebook?handler=Remove&entryId={entry.Id}", [], "/Notebook");

        var after = Entries(alice).Single(e => e.QuestionId == question);
        after.Note.ShouldBe("");
        after.UnderstoodAt.ShouldBeNull();
        (await bob.Http.GetStringAsync("/Notebook?handler=Export")).ShouldNotContain(app.Bank.Find(question)!.Title);
    }
}

public sealed class NotebookOnSqlite(SqliteApp app) : NotebookTests<SqliteApp>(app);

public sealed class NotebookOnPostgres(PostgresApp app) : NotebookTests<PostgresApp>(app);
