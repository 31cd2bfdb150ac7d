using System.Collections.Concurrent;
using MLDrill.Domain.Questions;
using MLDrill.Infrastructure.Content;

namespace MLDrill.Web.Features.Shared;

/// <summary>Content Markdown rendered once per question and kept: content does not change while the app runs.</summary>
public sealed class QuestionHtml(MarkdownRenderer renderer)
{
    private readonly ConcurrentDictionary<(string Id, string Part), string> _cache = new();

    public string Prompt(Question question) => _cache.GetOrAdd((question.Id, "prompt"), _ => renderer.ToHtml(question.PromptMarkdown));

    public string Answer(Question question) => _cache.GetOrAdd((question.Id, "answer"), _ => renderer.ToHtml(question.AnswerMarkdown));
}
