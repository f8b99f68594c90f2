import Testing

@testable import FestivalModel

@Suite struct StringSearchingTests {
  @Test func findsBytesWhereverTheyAre() {
    #expect("data contracts".containsBytes("contract"))
    #expect("data contracts".containsBytes("data"))
    #expect("data contracts".containsBytes("ts"))
    #expect("x".containsBytes(""))
    #expect(!"data".containsBytes("data contracts"))
    #expect(!"endpoints".containsBytes("events"))
    #expect(!"".containsBytes("a"))
  }

  @Test func comparesUTF8NotCharacters() {
    #expect("café api".containsBytes("é a"))
    #expect(!"cafe\u{301}".containsBytes("é"))
    #expect(String(repeating: "ab", count: 1000).appending("abc").containsBytes("abc"))
  }

  @Test func agreesWithTheStandardLibrary() {
    let texts = ["", "a", "aa", "aab", "example requests", "REST Endpoints (v2)", "queues & topics"]
    let needles = ["a", "ab", "example", "end", "(v2)", "topics", "q", "zz"]
    for text in texts {
      for needle in needles {
        #expect(text.containsBytes(needle) == (text.utf8.firstRange(of: needle.utf8) != nil))
      }
    }
  }
}
