import Foundation
import Testing

@testable import PageRenderer

/// The search index in parts: a small map, shards of sorted keys, chunks of titles and paths.
@Suite struct SearchIndexTests {
  let site = SampleSite.shared
  let festival = SampleSite.festival

  @Test func postingListsRoundTripAndRunsStayShort() {
    let ids: [Int32] = [0, 1, 2, 3, 7, 40, 41, 1_000, 100_000, 100_001]
    var bytes: [UInt8] = []
    SearchPostings.append(ids, to: &bytes)
    #expect(SearchPostings.decode(String(decoding: bytes, as: UTF8.self)) == ids)
    var run: [UInt8] = []
    SearchPostings.append(Array(5..<10_005), to: &run)
    #expect(run.count <= 5)
    #expect(SearchPostings.decode(String(decoding: run, as: UTF8.self)) == Array(5..<10_005))
    #expect(SearchPostings.decode("") == [])
    // No character of a list needs escaping in a script.
    #expect(!bytes.contains { [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<")].contains($0) })
  }

  @Test func aPageIsFoundByItsTitleWordsItsNamesAndItsText() throws {
    let index = try SearchIndexFiles(site.files)
    #expect(index.titles("billing", list: 1).contains("Billing Service"))
    #expect(index.titles("billing service", list: 3) == ["Billing Service"])
    #expect(index.titles("post /v1/shipments", list: 3).contains("Create Shipment"))
    // Words of a page's text only are weak, and a page is never listed twice for one key.
    #expect(!index.titles("paper", list: 2).isEmpty)
    #expect(index.titles("paper", list: 1).isEmpty)
    for shard in index.shards {
      for record in shard where record.count > 2 {
        let strong = Set(SearchPostings.decode(record[1]))
        #expect(strong.isDisjoint(with: SearchPostings.decode(record[2])), "\(record[0])")
      }
    }
  }

  @Test func namedRowsAreEntriesOfTheirOwnKind() throws {
    let index = try SearchIndexFiles(site.files)
    let row = try #require(index.docs.firstIndex { $0[1].hasPrefix("\(festival)/interfaces.html#op-") })
    #expect(index.kind(of: row) == "Operation")
    #expect(
      index.docs.contains {
        $0[0] == "Billing Service" && $0[1] == "\(festival)/components/billing-service.html"
      })
  }

  @Test func entriesAreNumberedByKindThenTitleLengthAndTitle() throws {
    let index = try SearchIndexFiles(site.files)
    #expect(index.docs.count == index.entries)
    #expect(index.kinds.map(\.0) == index.kinds.map(\.0).sorted())
    for (number, kind) in index.kinds.enumerated() {
      let end = number + 1 < index.kinds.count ? index.kinds[number + 1].1 : index.entries
      let titles = index.docs[kind.1..<end].map { Array($0[0].utf16) }
      for (earlier, later) in zip(titles, titles.dropFirst()) {
        #expect(
          earlier.count < later.count
            || earlier.count == later.count && !later.lexicographicallyPrecedes(earlier))
      }
    }
  }

  @Test func shardsHoldSortedKeysWithinTheirSize() {
    let entries = (0..<300).map { number in
      SearchEntry(
        title: "Thing \(number)", kind: "Component", path: "c/\(number).html", names: ["T\(number)"],
        words: "word\(number % 17) shared éclair")
    }
    let shards = SearchTerms(SearchIndex.ordered(entries)).shards(limit: 400)
    #expect(shards.count > 5)
    let keys = shards.flatMap { $0.records.map { String(decoding: $0, as: UTF8.self) } }
    let firstKeys = keys.map { $0.dropFirst(2).prefix { $0 != "\"" } }
    #expect(
      firstKeys.map { Array($0.utf16) }
        == firstKeys.map { Array($0.utf16) }.sorted { $0.lexicographicallyPrecedes($1) })
    for shard in shards {
      #expect(shard.records.reduce(0) { $0 + $1.count + 2 } <= 400 || shard.records.count == 1)
      #expect(String(decoding: shard.records[0], as: UTF8.self).hasPrefix("[\"\(shard.firstKey)\""))
    }
  }

  /// A preview's rebuild updates the terms of the entries before; they must come out as a fresh build's:
  /// words added, dropped, moved from text to title and back, keys that appear and vanish.
  @Test func updatedTermsEqualFreshTermsOfTheNewEntries() {
    func entries(_ round: Int) -> [SearchEntry] {
      (0..<60).map { number in
        let changed = number % 7 == round % 7
        return SearchEntry(
          title: "Thing \(number)", kind: number % 3 == 0 ? "Component" : "Task", path: "c/\(number).html",
          names: changed && round > 1 ? ["T\(number)", "Alias\(round)"] : ["T\(number)"],
          headings: changed ? ["Heading \(round) shared"] : [],
          words: changed ? "fresh\(round) word\(number % 5) shared thing" : "word\(number % 5) shared")
      }
    }
    var terms = SearchTerms(SearchIndex.ordered(entries(0)))
    var before = SearchIndex.ordered(entries(0))
    for round in 1..<9 {
      let after = SearchIndex.ordered(entries(round))
      #expect(SearchIndex.sameOrder(before, after))
      terms.update(from: before, to: after)
      let fresh = SearchTerms(after)
      #expect(terms.keys == fresh.keys, "round \(round)")
      #expect(terms.records == fresh.records, "round \(round)")
      #expect(terms.shards(limit: 300).map(\.firstKey) == fresh.shards(limit: 300).map(\.firstKey))
      before = after
    }
    let renamed = before.map { entry in
      entry.path != "c/5.html"
        ? entry : SearchEntry(title: "Renamed", kind: entry.kind, path: entry.path, names: [])
    }
    #expect(!SearchIndex.sameOrder(before, renamed))
  }

  /// Keys split into groups by hash, each gathered, sorted and encoded on its own thread, then merged:
  /// the terms must be those of one pass, non-ASCII keys and keys in several lists included, and a
  /// preview's update of grouped terms must find each key in its group.
  @Test(arguments: [2, 3])
  func termsGatheredInGroupsEqualTermsGatheredInOnePass(jobs: Int) {
    func entries(_ round: Int) -> [SearchEntry] {
      (0..<5_000).map { number in
        SearchEntry(
          title: "Thing \(number) \(["Ωmega", "éclair", "𝔘nicode", "zeta"][number % 4])",
          kind: number % 3 == 0 ? "Component" : "Task", path: "c/\(number).html",
          names: ["T\(number % 700)", "Shared"], headings: number % 11 == round ? ["Moved \(round)"] : [],
          words: "word\(number % 97) shared thing\(number % 13) \(number % 5 == round ? "fresh\(round)" : "")"
        )
      }
    }
    let ordered = SearchIndex.ordered(entries(0))
    let single = SearchTerms(ordered, jobs: 1)
    var grouped = SearchTerms(ordered, jobs: jobs)
    // Compared as a whole, not printed: thousands of keys.
    let sameTerms = grouped.keys == single.keys && grouped.records == single.records
    #expect(sameTerms)
    #expect(single.keys.contains("ωmega") && single.keys.contains("éclair"))
    let after = SearchIndex.ordered(entries(1))
    grouped.update(from: ordered, to: after)
    let fresh = SearchTerms(after, jobs: 1)
    let sameAfterUpdate = grouped.keys == fresh.keys && grouped.records == fresh.records
    #expect(sameAfterUpdate)
  }

  @Test func everyPartOfTheSampleIsWrittenAndNamedInTheMap() throws {
    let index = try SearchIndexFiles(site.files)
    let parts = site.files.keys.filter { $0.hasPrefix("search/") }
    #expect(parts.count == 1 + index.shards.count + (index.entries + 15) / 16)
    #expect(index.firstKeys == index.shards.map { $0[0][0] })
    #expect(!site.files.keys.contains("search-index.js"))
  }

  @Test func pageTextIsKeptAsDistinctWordsUpToALimit() {
    let text = (0..<2_000).map { "word\($0)" }.joined(separator: " ")
    #expect(SearchIndex.words(text, limit: 250).count <= 250)
    #expect(SearchIndex.words("Alpha beta ALPHA gamma, beta", limit: 100) == "alpha beta gamma")
  }
}
