using System.Text;

namespace GluteHealth.Content.Tests.Support;

/// <summary>
/// Builds an article file. With the defaults the file is laid out as:
/// line 1 <c>---</c>, 2 title, 3 slug, 4 summary, 5 topics, 6 published, 7 reviewed, 8 <c>---</c>, 9 blank,
/// 10 first body line. Each added field (aliases, unknown fields) goes after reviewed, pushing the rest down.
/// After the body comes <see cref="DefaultCareSection"/>, the section every valid article needs, so a body
/// set with <see cref="WithBody"/> keeps its line numbers; <see cref="WithoutCareSection"/> leaves it out.
/// </summary>
internal sealed class SampleArticle
{
    public const string DefaultCareSection = "\n## When to see a doctor\n\n:::see-a-doctor\n- It does not get better.\n:::\n";

    private readonly List<(string Key, string Value)> _fields;
    private string _body = "An opening paragraph about sore muscles.\n";
    private string _careSection = DefaultCareSection;

    private SampleArticle(string slug, string title, string topics)
    {
        _fields =
        [
            ("title", title),
            ("slug", slug),
            ("summary", "A short summary of the article."),
            ("topics", topics),
            ("published", "2026-01-01"),
            ("reviewed", "2026-01-02"),
        ];
    }

    public static SampleArticle Create(string slug = "sample", string? title = null, string topics = "[pain]") =>
        new(slug, title ?? "Sample article", topics);

    /// <summary>Sets a field's value in place, or appends the field after the others.</summary>
    public SampleArticle With(string key, string value)
    {
        var index = _fields.FindIndex(f => f.Key == key);
        if (index >= 0)
        {
            _fields[index] = (key, value);
        }
        else
        {
            _fields.Add((key, value));
        }
        return this;
    }

    public SampleArticle Without(string key)
    {
        _fields.RemoveAll(f => f.Key == key);
        return this;
    }

    public SampleArticle WithBody(string body)
    {
        _body = body;
        return this;
    }

    /// <summary>For bodies that bring their own "When to see a doctor" section, or test its absence.</summary>
    public SampleArticle WithoutCareSection()
    {
        _careSection = "";
        return this;
    }

    public string Text()
    {
        var text = new StringBuilder("---\n");
        foreach (var (key, value) in _fields)
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }
        return text.Append("---\n\n").Append(_body).Append(_careSection).ToString();
    }

    public byte[] Bytes() => Encoding.UTF8.GetBytes(Text());

    public override string ToString() => Text();
}
