using System.Text;

namespace MLDrill.Domain.Coding;

/// <summary>What a submission's source must be before it reaches a sandbox.</summary>
public static class SourceRules
{
    public const int MaxBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why <paramref name="source"/> is refused, or null when it may run.</summary>
    public static string? Reject(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return "Your code is empty: write the function, then run it.";
        }

        if (Encoding.UTF8.GetByteCount(source) > MaxBytes)
        {
            return $"Your code is over {MaxBytes / 1024} KiB; a solution here fits in a few dozen lines.";
        }

        if (source.Contains('\0', StringComparison.Ordinal))
        {
            return "Your code contains a NUL character; submit Python source text.";
        }

        return source.Any(char.IsSurrogate) && !IsWellFormed(source) ? "Your code is not valid UTF-8 text." : null;
    }

    /// <summary>Decodes file bytes as strict UTF-8, or says why not.</summary>
    public static (string? Source, string? Rejection) Decode(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, $"Your code is over {MaxBytes / 1024} KiB; a solution here fits in a few dozen lines.");
        }

        try
        {
            var source = StrictUtf8.GetString(bytes);
            return Reject(source) is { } rejection ? (null, rejection) : (source, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "Your code is not valid UTF-8 text.");
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
