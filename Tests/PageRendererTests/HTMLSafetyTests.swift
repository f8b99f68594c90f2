import MarkupSafety
import Testing

@testable import PageRenderer

@Suite struct HTMLSafetyTests {
  @Test func rawHTMLKeepsItsTextOutsideCodeAsThePagesWords() {
    let filtered = RawHTMLFilter.filter("<b>bold</b> <code>hidden</code> <i>shown</i>")
    #expect(filtered.text.split(separator: " ") == ["bold", "shown"])
  }

  @Test func rawHTMLPassesOnlyBareAllowedTags() {
    #expect(RawHTMLFilter.filter("<b>x</b><BR/><kbd>K</kbd>").html == "<b>x</b><br><kbd>K</kbd>")
    #expect(RawHTMLFilter.filter("<b onclick=\"x\">y</b>").html == "&lt;b onclick=\"x\"&gt;y</b>")
    #expect(RawHTMLFilter.filter("<script>alert(1)</script>").html == "&lt;script&gt;alert(1)&lt;/script&gt;")
    #expect(RawHTMLFilter.filter("<img src=x onerror=alert(1)>").html == "&lt;img src=x onerror=alert(1)&gt;")
    #expect(RawHTMLFilter.filter("a < b").html == "a &lt; b")
    #expect(
      RawHTMLFilter.filter("<details><summary>S</summary>body</details>").html
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
