/// What the cross-reference stage keeps of one rendered page body.
struct PageFacts {
  /// Headings for "On this page" and the search index.
  var headings: [Markup.Heading] = []
  /// The names of the page's festival its text mentions, by group in the catalog.
  var mentioned: Set<Int> = []
  /// Site paths the page links to, each both with its anchor (when it has one) and without.
  var linkTargets: Set<String> = []
  /// The visible text's distinct words, lowercased, in order, up to `SearchIndex.wordsKept` bytes: the
  /// search index takes its share of them once it knows how many pages share its budget.
  var words = ""
}
