using Microsoft.Playwright;
using MLDrill.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MLDrill.EndToEnd.Tests;

/// <summary>
/// A whole day's session with the keyboard alone: no click, check or fill anywhere, only typing, Tab, Space,
/// Enter, Ctrl+Enter to reveal, 1–4 to rate, Escape to leave a text field and U to undo.
/// </summary>
public sealed class KeyboardOnlyTests(BrowserFixture browser, MLDrillApp app) : IClassFixture<MLDrillApp>
{
    [Fact(Timeout = 180_000)]
    public async Task A_whole_session_needs_only_the_keyboard()
    {
        await using var session = await browser.NewSessionAsync(app);
        var page = session.Page;
        var keys = page.Keyboard;
        var learner = new Learner(page, app, "keyboard");

        // Register: the email field has focus, Tab moves on, Enter submits.
        await page.GotoAsync("/Account/Register");
        (await FocusedAsync(page)).ShouldBe("input#Input_Email");
        await keys.TypeAsync(learner.Email);
        await keys.PressAsync("Tab");
        await keys.TypeAsync(Learner.Password);
        await keys.PressAsync("Tab");
        await keys.TypeAsync(Learner.Password);
        await keys.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());

        // 1. Type a full answer (the answer box has focus), Ctrl+Enter reveals, 4 rates Easy.
        var q1 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.FullAnswer(q1.Id));
        await PressShortcutAsync(page, "Control+Enter");
        await learner.AttemptIdAsync();
        await Expect(page.Locator("ul.keypoints li.covered")).ToHaveCountAsync(learner.Question(q1.Id).KeyPoints.Count);
        await PressShortcutAsync(page, "4");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        await Expect(page.Locator(".progress")).ToContainTextAsync("1 of 8 done today");

        // 2. Out loud: Tab to the checkbox, Space ticks it, Ctrl+Enter reveals; 3 rates Good.
        await QuestionWithFocusedAnswerAsync(learner);
        await keys.PressAsync("Tab");
        (await FocusedAsync(page)).ShouldBe("input#Input_OutLoud");
        await keys.PressAsync("Space");
        await Expect(page.GetByLabel("I answered out loud")).ToBeCheckedAsync();
        await PressShortcutAsync(page, "Control+Enter");
        await learner.AttemptIdAsync();
        await Expect(page.Locator(".your-answer")).ToContainTextAsync("You answered out loud");
        await PressShortcutAsync(page, "3");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());

        // 3. A blank guess, rated Again with 1.
        await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync("No idea.");
        await PressShortcutAsync(page, "Control+Enter");
        await learner.AttemptIdAsync();
        await PressShortcutAsync(page, "1");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());

        // 4. Rated Good with 3, then undone: Escape leaves the answer box, U undoes; the attempt comes back; 4 rates Easy.
        var q4 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.PartialAnswer(q4.Id));
        await PressShortcutAsync(page, "Control+Enter");
        var attempt4 = await learner.AttemptIdAsync();
        await PressShortcutAsync(page, "3");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        await Expect(page.Locator(".progress")).ToContainTextAsync("4 of 8 done today");
        (await FocusedAsync(page)).ShouldBe("textarea#answer");
        await PressShortcutAsync(page, "Escape");
        (await FocusedAsync(page)).ShouldNotBe("textarea#answer", "Escape leaves the answer box so shortcut keys work");
        await PressShortcutAsync(page, "u");
        (await learner.AttemptIdAsync()).ShouldBe(attempt4);
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Your last rating was undone. Rate it again.");
        await PressShortcutAsync(page, "4");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        await Expect(page.Locator(".progress")).ToContainTextAsync("4 of 8 done today");

        // 5. A reflection typed in its field; Enter there does not rate; Tab reaches the Easy button, Enter presses it.
        var q5 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.PartialAnswer(q5.Id));
        await PressShortcutAsync(page, "Control+Enter");
        var attempt5 = await learner.AttemptIdAsync();
        await TabToAsync(page, "input#explain");
        await keys.TypeAsync("Yes, with one example.");
        await keys.PressAsync("Enter");
        (await learner.AttemptIdAsync()).ShouldBe(attempt5, "Enter in a reflection field must not rate the answer");
        await Expect(page.Locator("#explain")).ToHaveValueAsync("Yes, with one example.");
        await TabToAsync(page, "button.rating[value='Easy']");
        await keys.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        await Expect(page.Locator(".progress")).ToContainTextAsync("5 of 8 done today");

        // 6. Into the notebook: Tab to "Add to notebook", Enter opens it, type the note, Tab to Save, Enter; then 4.
        var q6 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.PartialAnswer(q6.Id));
        await PressShortcutAsync(page, "Control+Enter");
        var attempt6 = await learner.AttemptIdAsync();
        await TabToAsync(page, "details.notebook-add > summary");
        await keys.PressAsync("Enter");
        await Expect(page.Locator("details.notebook-add")).ToHaveAttributeAsync("open", "");
        await keys.PressAsync("Tab");
        (await FocusedAsync(page)).ShouldBe("textarea#note");
        await keys.TypeAsync("Typed with the *keyboard* only.");
        await keys.PressAsync("Tab");
        await keys.PressAsync("Enter");
        await Expect(page.Locator(".flash")).ToHaveTextAsync("Added to your notebook.");
        (await learner.AttemptIdAsync()).ShouldBe(attempt6);
        await PressShortcutAsync(page, "4");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());

        // 7. Hard with 2 (a learning step), 8. Easy with 4.
        var q7 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.PartialAnswer(q7.Id));
        await PressShortcutAsync(page, "Control+Enter");
        await learner.AttemptIdAsync();
        await PressShortcutAsync(page, "2");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        var q8 = await QuestionWithFocusedAnswerAsync(learner);
        await keys.TypeAsync(learner.FullAnswer(q8.Id));
        await PressShortcutAsync(page, "Control+Enter");
        await learner.AttemptIdAsync();
        await PressShortcutAsync(page, "4");
        await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        await Expect(page.Locator(".progress")).ToContainTextAsync("8 of 8 done today");

        // The learning steps (Again, Good, Hard) come back ten minutes later; out loud and 4 graduates each.
        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Almost done");
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await TabToAsync(page, "header nav a[href='/Practice']");
        await keys.PressAsync("Enter");
        for (var round = 0; await learner.HasQuestionAsync(); round++)
        {
            round.ShouldBeLessThan(6, "the learning steps must end");
            var question = await QuestionWithFocusedAnswerAsync(learner);
            question.Reason.ShouldBe("Learning");
            await keys.PressAsync("Tab");
            await keys.PressAsync("Space");
            await PressShortcutAsync(page, "Control+Enter");
            await learner.AttemptIdAsync();
            await PressShortcutAsync(page, "4");
            await Expect(page).ToHaveURLAsync(Learner.PracticeUrl());
        }

        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Session complete");
        var counts = await learner.RatingCountsAsync();
        // Again (3), Hard (7), Good (2; the Good of 4 was undone), Easy (1, 4, 5, 6, 8 and the three that came back).
        counts.ShouldBe(new Dictionary<string, int> { ["Again"] = 1, ["Hard"] = 1, ["Good"] = 1, ["Easy"] = 8 });

        // On the summary no text field has focus: U undoes the last rating straight away; 4 rates it again.
        await PressShortcutAsync(page, "u");
        await learner.AttemptIdAsync();
        await PressShortcutAsync(page, "4");
        await Expect(page.Locator("section.summary h1")).ToHaveTextAsync("Session complete");
        (await learner.RatingCountsAsync()).ShouldBe(counts);

        session.Errors.ShouldBeEmpty();
    }

    /// <summary>Waits for a question on /Practice and checks the answer box has the focus, ready to type.</summary>
    private static async Task<ShownQuestion> QuestionWithFocusedAnswerAsync(Learner learner)
    {
        var question = await learner.CurrentQuestionAsync();
        await Expect(learner.Page.Locator("#answer")).ToBeFocusedAsync();
        return question;
    }

    /// <summary>
    /// Presses a shortcut once the page's script has attached its listener (it marks the root element): a key
    /// pressed earlier reaches no listener, which a loaded machine makes likely.
    /// </summary>
    private static async Task PressShortcutAsync(IPage page, string key)
    {
        await Expect(page.Locator("html[data-shortcuts=ready]")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync(key);
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus (at most 40 times).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new ShouldAssertException($"Tab never reached {selector}; focus is on {await FocusedAsync(page)}.");
    }

    /// <summary>The focused element as tag#id (or tag.class), e.g. "textarea#answer".</summary>
    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; if (!e) return ''; const tag = e.tagName.toLowerCase(); " +
        "return e.id ? `${tag}#${e.id}` : e.className ? `${tag}.${String(e.className).split(' ')[0]}` : tag; }");
}
