import MarkupSafety
import Testing

@testable import PageRenderer

@Suite struct HTMLSafetyTests {
  @Test func rawHTMLPassesOnlyBareAllowedTags() {
    #expect(RawHTMLFilter.filter("<b>x</b><BR/><kbd>K</kbd>") == "<b>x</b><br><kbd>K</kbd>")
    #expect(RawHTMLFilter.filter("<b onclick=\"x\">y</b>") == "&lt;b onclick=\"x\"&gt;y</b>")
    #expect(RawHTMLFilter.filter("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect(RawHTMLFilter.filter("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
    #expect(RawHTMLFilter.filter("a < b") == "a &lt; b")
    #expect(
      RawHTMLFilter.filter("<details><summary>S</summary>body</details>")
        == "<details><summary>S</summary>body</details>")
  }

  @Test func headingAnchorsFollowGitHub() {
    var slugger = HeadingSlugger()
    #expect(
      slugger.slug(for: "Step 10: Review & Finalization Process") == "step-10-review--finalization-process")
    #expect(
      slugger.slug(for: "Step 10: Review & Finalization Process") == "step-10-review--finalization-process-1")
    #expect(slugger.slug(for: "🚀 Launch") == "-launch")
    #expect(slugger.slug(for: "Überblick – Schnittstellen") == "überblick--schnittstellen")
    #expect(slugger.slug(for: "日本語の見出し") == "日本語の見出し")
    #expect(slugger.slug(for: "!!!") == "section")
  }
}
