using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GluteHealth.Content.Search;

/// <summary>
/// The one analysis chain for indexing, queries, snippets and related articles: Unicode words, possessives dropped,
/// lower case, diacritics folded to ASCII, common words dropped, then the Porter stemmer (a few words kept whole).
/// </summary>
/// <remarks>
/// Porter was picked by the tests over KStem (which leaves "running" and "cramps" alone) and the minimal English
/// stemmer (which leaves "running" alone and turns "series" into "sery"). Thread-safe: Lucene reuses one token
/// stream per thread.
/// </remarks>
internal sealed class SearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet StopWords = new(Version,
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "does", "for", "from", "how", "i", "in", "is",
        "it", "my", "of", "on", "or", "the", "to", "what", "when", "why", "with", "you", "your",
    ], ignoreCase: false);

    // Words Porter would cut to a stem nothing else shares in a readable way ("series" to "seri"); kept whole by
    // marking them as keywords, which the stemmer leaves alone. (A StemmerOverrideFilter did the same through an
    // FST, whose first build was a large part of the first article page's start-up; docs/performance.md.)
    private static readonly CharArraySet KeptWhole = new(Version, ["series", "species"], ignoreCase: false);

    public static SearchAnalyzer Instance { get; } = new();

    private SearchAnalyzer()
    {
    }

    // Unicode word rules keep "a:b" as one word (a Swedish spelling); here a colon always separates words.
    protected override TextReader InitReader(string fieldName, TextReader reader) => new ColonAsSpaceReader(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var words = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream terms = new EnglishPossessiveFilter(Version, words);
        terms = new LowerCaseFilter(Version, terms);
        terms = new ASCIIFoldingFilter(terms);
        terms = new StopFilter(Version, terms, StopWords);
        terms = new SetKeywordMarkerFilter(terms, KeptWhole);
        terms = new PorterStemFilter(terms);
        return new TokenStreamComponents(words, terms);
    }
}
