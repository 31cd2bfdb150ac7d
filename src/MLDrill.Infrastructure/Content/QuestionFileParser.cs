using MLDrill.Domain.Content;
using MLDrill.Domain.Questions;
using YamlDotNet.RepresentationModel;

namespace MLDrill.Infrastructure.Content;

/// <summary>Reads one question file (YAML front matter + "## Prompt" / "## Answer" sections) into a <see cref="Question"/>.</summary>
public static class QuestionFileParser
{
    private const string PromptHeading = "## Prompt";
    private const string AnswerHeading = "## Answer";

    /// <summary>The parsed question, or null with the problems that stopped it; rule violations are reported with their line.</summary>
    public static (Question? Question, IReadOnlyList<ContentProblem> Problems) Parse(string file, string text)
    {
        var problems = new List<ContentProblem>();
        var reader = new FileReader(file, problems);
        var question = reader.Read(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        if (question is not null)
        {
            problems.AddRange(QuestionRules.Check(question).Select(v => reader.Locate(v)));
        }

        return (problems.Count == 0 ? question : null, problems);
    }

    /// <summary>Keeps the line of every front-matter field so rule violations can point at it.</summary>
    private sealed class FileReader(string file, List<ContentProblem> problems)
    {
        private readonly Dictionary<string, int> _lines = new();

        public ContentProblem Locate(RuleViolation violation) =>
            new(file, _lines.GetValueOrDefault(violation.Field, 1), violation.Message);

        public Question? Read(string text)
        {
            var lines = text.Split('\n');
            var (frontMatter, bodyStart) = FrontMatter.Read(lines, file, "a question file", problems);
            if (frontMatter is null)
            {
                return null;
            }

            var body = ReadBody(lines, bodyStart);
            if (body is null)
            {
                return null;
            }

            return Build(frontMatter, body.Value.Prompt, body.Value.Answer);
        }

        private (string Prompt, string Answer)? ReadBody(string[] lines, int first)
        {
            var prompt = Array.FindIndex(lines, first, l => l.TrimEnd() == PromptHeading);
            var answer = Array.FindIndex(lines, first, l => l.TrimEnd() == AnswerHeading);
            if (prompt < 0 || answer < 0 || answer < prompt)
            {
                Problem(first + 1, $"the body needs a '{PromptHeading}' section followed by an '{AnswerHeading}' section");
                return null;
            }

            _lines["prompt"] = prompt + 1;
            _lines["answer"] = answer + 1;
            return (string.Join('\n', lines[(prompt + 1)..answer]).Trim(), string.Join('\n', lines[(answer + 1)..]).Trim());
        }

        private Question? Build(YamlMappingNode fields, string prompt, string answer)
        {
            foreach (var (key, value) in fields.Children)
            {
                if (key is YamlScalarNode { Value: { } name })
                {
                    _lines[name] = (int)key.Start.Line + 1;
                }
            }

            var id = Scalar(fields, "id");
            var title = Scalar(fields, "title");
            var areaName = Scalar(fields, "area");
            var kindName = Scalar(fields, "kind");
            var difficultyName = Scalar(fields, "difficulty");
            var area = areaName is null ? null : Area.Find(areaName);
            if (areaName is not null && area is null)
            {
                Problem("area", $"unknown area '{areaName}'; known: {string.Join(", ", Area.All.Select(a => a.Id))}");
            }

            var kind = QuestionKind.Concept;
            if (kindName is not null && !ContentNames.TryParseKind(kindName, out kind))
            {
                Problem("kind", $"unknown kind '{kindName}'; known: {string.Join(", ", ContentNames.KindNames)}");
            }

            var difficulty = Difficulty.Easy;
            if (difficultyName is not null && !ContentNames.TryParseDifficulty(difficultyName, out difficulty))
            {
                Problem("difficulty", $"unknown difficulty '{difficultyName}'; known: {string.Join(", ", ContentNames.DifficultyNames)}");
            }

            var seed = Scalar(fields, "seed", required: false);
            if (seed is not null && seed is not ("true" or "false"))
            {
                Problem("seed", "seed must be true or false");
            }

            var topics = Sequence(fields, "topics").Select(n => ScalarOf(n, "topics")).OfType<string>().ToList();
            var keyPoints = Sequence(fields, "key_points").Select(ReadKeyPoint).OfType<KeyPoint>().ToList();
            var mistakes = Sequence(fields, "mistakes").Select(ReadMistake).OfType<CommonMistake>().ToList();
            var followUps = Sequence(fields, "follow_ups").Select(ReadFollowUp).OfType<FollowUp>().ToList();

            if (problems.Count > 0 || id is null || title is null || area is null || kindName is null || difficultyName is null)
            {
                return null;
            }

            return new Question
            {
                Id = id,
                Title = title,
                Area = area,
                Topics = topics,
                Kind = kind,
                Difficulty = difficulty,
                IsSeed = seed == "true",
                PromptMarkdown = prompt,
                AnswerMarkdown = answer,
                KeyPoints = keyPoints,
                Mistakes = mistakes,
                FollowUps = followUps,
                Source = file,
            };
        }

        private KeyPoint? ReadKeyPoint(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, "each key point is a mapping with 'point' and 'evidence'");
                return null;
            }

            var point = ScalarIn(map, "point", node);
            var evidence = map.Children.TryGetValue(new YamlScalarNode("evidence"), out var list) && list is YamlSequenceNode items
                ? items.Children.Select(n => ScalarOf(n, "evidence")).OfType<string>().ToList()
                : null;
            if (evidence is null)
            {
                Problem(node, "a key point needs an 'evidence' list of phrases");
            }

            return point is null || evidence is null ? null : new KeyPoint(point, evidence);
        }

        private CommonMistake? ReadMistake(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, "each mistake is a mapping with 'mistake' and 'correction'");
                return null;
            }

            var mistake = ScalarIn(map, "mistake", node);
            var correction = ScalarIn(map, "correction", node);
            return mistake is null || correction is null ? null : new CommonMistake(mistake, correction);
        }

        private FollowUp? ReadFollowUp(YamlNode node)
        {
            if (node is not YamlMappingNode map)
            {
                Problem(node, "each follow-up is a mapping with 'text' and an optional question 'id'");
                return null;
            }

            var text = ScalarIn(map, "text", node);
            var id = map.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? ScalarOf(idNode, "follow-up id") : null;
            return text is null ? null : new FollowUp(text, id);
        }

        private string? Scalar(YamlMappingNode fields, string name, bool required = true)
        {
            if (!fields.Children.TryGetValue(new YamlScalarNode(name), out var node))
            {
                if (required)
                {
                    Problem(1, $"required field '{name}' is missing");
                }

                return null;
            }

            return ScalarOf(node, name);
        }

        private string? ScalarIn(YamlMappingNode map, string name, YamlNode owner)
        {
            if (map.Children.TryGetValue(new YamlScalarNode(name), out var node))
            {
                return ScalarOf(node, name);
            }

            Problem(owner, $"'{name}' is missing");
            return null;
        }

        private string? ScalarOf(YamlNode node, string name)
        {
            if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }

            Problem(node, $"'{name}' must be non-empty text");
            return null;
        }

        private IEnumerable<YamlNode> Sequence(YamlMappingNode fields, string name)
        {
            if (!fields.Children.TryGetValue(new YamlScalarNode(name), out var node))
            {
                Problem(1, $"required field '{name}' is missing");
                return [];
            }

            if (node is YamlSequenceNode sequence)
            {
                return sequence.Children;
            }

            Problem(node, $"'{name}' must be a list");
            return [];
        }

        private void Problem(string field, string message) => Problem(_lines.GetValueOrDefault(field, 1), message);

        private void Problem(YamlNode node, string message) => Problem((int)node.Start.Line + 1, message);

        private void Problem(int line, string message) => problems.Add(new ContentProblem(file, line, message));
    }
}
