import Foundation
import Testing

@testable import PageRenderer

/// The review dashboard and the diagnostics page.
@Suite struct ReviewPageTests {
  let sample = SampleSite.shared

  @Test func theDashboardShowsStatusChecklistAndSignOffs() {
    let review = sample.main("\(SampleSite.festival)/review.html")
    #expect(
      review.contains(
        "<dt>Interface status</dt><dd><span class=\"badge badge-under_review\">UNDER REVIEW</span>"))
    #expect(review.contains("aria-label=\"6 of 8 done\""))
    #expect(review.contains("<p>2 approved, 1 changes needed, 2 pending</p>"))
    #expect(
      review.contains(
        "<td>Security Lead</td><td>Security and compliance review</td><td><span class=\"badge badge-changes_needed\">changes needed</span>"
      ))
    #expect(review.contains("<h2 id=\"placeholders\">"))
    #expect(
      review.contains(
        "<a href=\"docs/002-define-interfaces/02-contracts/sequence-goal.html\">02 Contracts</a>"))
  }

  @Test func placeholdersLinkToWhereTheyAreAndDisagreementsAreNamed() throws {
    let site = try SampleSite(root: "Tests/Fixtures/anomalies")
    let review = site.main("acme/review.html")
    #expect(
      review.contains("<a href=\"interfaces.html\">COMMON_INTERFACES.md:27</a></td><td>template row"))
    #expect(
      review.contains(">COMMON_INTERFACES.md:29</a></td><td>placeholder '[REPLACE: billing team]'"))
    #expect(
      review.contains(
        "<a href=\"docs/001-build/01-api/sequence-goal.html\">01 api</a></td><td><span class=\"badge badge-completed\">completed</span>"
      ))
    // The phase's tasks are all done by their front matter (a v1 festival); its goal still says otherwise.
    #expect(review.contains("its goal says in progress"))
    #expect(review.contains("<p>1 approved, 1 changes needed, 1 pending</p>"))
    // Long paths and messages wrap inside the page instead of running off its right edge.
    #expect(review.contains("<table class=\"wrapping\"><thead><tr><th scope=\"col\">Where</th>"))
  }

  @Test func theDiagnosticsPageListsTheFestivalsFindingsWithLinks() throws {
    let site = try SampleSite(root: "Tests/Fixtures/anomalies")
    let page = site.main("acme/diagnostics.html")
    #expect(page.contains("warnings"))
    #expect(page.contains("<code>authorization.unreachable-resource</code>"))
    #expect(page.contains("<a href=\"interfaces.html\">acme/COMMON_INTERFACES.md:"))
    #expect(page.contains("<span class=\"badge badge-severity-warning\">warning</span>"))
    let clean = sample.main("\(SampleSite.festival)/diagnostics.html")
    #expect(clean.contains("<p>0 errors, 0 warnings, 0 notes in the files of this festival.</p>"))
  }
}
