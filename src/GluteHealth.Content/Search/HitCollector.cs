using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GluteHealth.Content.Search;

/// <summary>Keeps every matching document with its score; a page is cut after ranking by matched terms first.</summary>
internal sealed class HitCollector(int maxDoc) : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    /// <summary>Matching documents (top-level ids), in the order they were found.</summary>
    public List<int> Docs { get; } = [];

    /// <summary>The score of each document in <see cref="Docs"/>, by top-level id.</summary>
    public float[] Scores { get; } = new float[maxDoc];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        Docs.Add(_docBase + doc);
        Scores[_docBase + doc] = _scorer!.GetScore();
    }
}
