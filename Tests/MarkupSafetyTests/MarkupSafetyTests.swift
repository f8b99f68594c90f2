import MarkupSafety
import Testing

/// The one escaping and link policy every writer of HTML and SVG uses.
@Suite struct MarkupSafetyTests {
  @Test func htmlTextAndAttributesAreEscaped() {
    #expect(HTMLEscaping.text("<script>&\"'") == "&lt;script&gt;&amp;\"'")
    #expect(HTMLEscaping.attribute("\" onload='x' `") == "&quot; onload=&#39;x&#39; &#96;")
    #expect(HTMLEscaping.text("a\u{0}b") == "a\u{FFFD}b")
    #expect(HTMLEscaping.unescape(HTMLEscaping.attribute("<a href=\"x\">'`&</a>")) == "<a href=\"x\">'`&</a>")
  }

  @Test func xmlDropsControlCharactersAndEscapesBothQuotes() {
    #expect(XMLEscaping.text("a\u{1}<b>&\n\tc") == "a&lt;b&gt;&amp;\n\tc")
    #expect(XMLEscaping.attribute("\"x' <y>") == "&quot;x&#39; &lt;y&gt;")
  }

  @Test(arguments: [
    ("javascript:alert(1)", URLSafety.Kind.refused),
    ("JaVaScRiPt:alert(1)", .refused),
    ("java\tscript:alert(1)", .refused),
    (" javascript:alert(1)", .refused),
    ("vbscript:msgbox", .refused),
    ("data:text/html,<script>", .refused),
    ("file:///etc/passwd", .refused),
    ("//evil.example/x", .refused),
    ("\\\\evil.example/x", .refused),
    ("\\evil.example", .refused),
    ("/\\evil.example", .refused),
    ("https://example.org/a?b#c", .external),
    ("mailto:a@b.c", .external),
    ("docs/a.md#x", .relative),
    ("a:b/c.md", .refused),
    ("#section", .fragment),
    ("", .refused),
  ])
  func urlsAreClassified(url: String, kind: URLSafety.Kind) {
    #expect(URLSafety.classify(url) == kind)
    // A drawing's links follow the same policy as a page's.
    #expect((URLSafety.href(url) == nil) == (kind == .refused))
  }
}
