import ContentReader
import Testing

/// The one shape of the preview session's caches: a value per content path, reused while its source
/// compares equal.
@Suite struct PathMemoTests {
  @Test func aValueIsReusedOnlyWhileItsSourceIsTheSame() {
    let memo = PathMemo<String, Int>()
    var made = 0
    func value(_ path: String, _ source: String) -> Int {
      memo.value(at: path, from: source) {
        made += 1
        return source.count
      }
    }
    #expect(value("a.md", "one") == 3)
    #expect(value("a.md", "one") == 3)
    #expect(memo.hits == 1 && made == 1)
    #expect(value("a.md", "three") == 5)
    #expect(value("b.md", "one") == 3)
    #expect(made == 3)
    memo.keep(only: ["b.md"])
    #expect(value("a.md", "three") == 5)
    #expect(made == 4 && memo.hits == 1)
  }

  @Test func sameDecidesWhatCountsAsUnchanged() {
    let memo = PathMemo<String, String>(same: { $0.lowercased() == $1.lowercased() })
    #expect(memo.value(at: "x", from: "A") { "first" } == "first")
    #expect(memo.value(at: "x", from: "a") { "second" } == "first")
  }

  /// What a path last held, for a maker that hands on parts of it equal to what it makes.
  @Test func lastIsWhatThePathLastHeld() {
    let memo = PathMemo<String, String>()
    #expect(memo.last(at: "x") == nil)
    _ = memo.value(at: "x", from: "one") { "first" }
    #expect(
      memo.value(at: "x", from: "two") { "second, after " + (memo.last(at: "x") ?? "") }
        == "second, after first")
    #expect(memo.last(at: "x") == "second, after first")
    memo.keep(only: [])
    #expect(memo.last(at: "x") == nil)
  }
}
