using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace GluteHealth.Content.Search;

/// <summary>
/// The Lucene fields of one article, filled in place for each article added: the field objects are made once per
/// writer and given new values, as Lucene recommends, rather than made for every text of every article.
/// Not thread-safe: one per writer, used under the writer's lock or before the index is shared.
/// </summary>
/// <remarks>
/// Only the body keeps positions and offsets (snippets read them); the other fields are matched term by term, so
/// they keep document frequencies and term counts only, which is all BM25 reads.
/// </remarks>
internal sealed class SearchDocument
{
    private static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static readonly FieldType TermsOnlyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS,
    });

    private readonly List<IIndexableField> _fields = [];
    private readonly StringField _slug = new(SearchFields.Slug, "", Field.Store.NO);
    private readonly BinaryDocValuesField _slugValue = new(SearchFields.Slug, new BytesRef());
    private readonly List<Field>[] _texts = [.. SearchFields.Weighted.Select(_ => new List<Field>())];

    /// <summary>The fields for <paramref name="article"/>; valid until the next call.</summary>
    public IEnumerable<IIndexableField> For(Article article)
    {
        _fields.Clear();
        _slug.SetStringValue(article.Slug);
        _slugValue.SetBytesValue(new BytesRef(article.Slug));
        _fields.Add(_slug);
        _fields.Add(_slugValue);
        for (var f = 0; f < SearchFields.Weighted.Length; f++)
        {
            var (name, _, text) = SearchFields.Weighted[f];
            var pool = _texts[f];
            var used = 0;
            foreach (var value in text(article))
            {
                if (used == pool.Count)
                {
                    pool.Add(new Field(name, value, name == SearchFields.Body ? BodyType : TermsOnlyType));
                }
                else
                {
                    pool[used].SetStringValue(value);
                }
                _fields.Add(pool[used++]);
            }
        }
        return _fields;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
