import Foundation
import Testing

@testable import PageRenderer

/// A large sidebar in parts: every link in exactly one place, every part near the limit at most, each
/// stub's range holding the pages of its part, and a small sidebar written as before.
@Suite struct NavigationPartsTests {
  static func links(_ prefix: String, _ count: Int) -> [NavigationItem] {
    (0..<count).map { NavigationItem(title: "\(prefix) \($0)", path: "f/\(prefix.lowercased())/\($0).html") }
  }

  /// Components and a plan of phases > sequences > tasks, as a generated festival has them.
  static var large: [NavigationItem] {
    let plan = (1...4).map { phase in
      NavigationItem(
        title: "Phase \(phase)", path: "f/docs/\(phase)/goal.html",
        children: (10...99).map { sequence in
          NavigationItem(
            title: "\(sequence) part", path: nil,
            children: (1...5).map {
              NavigationItem(title: "task \($0)", path: "f/docs/\(phase)/\(sequence)/\($0).html")
            })
        })
    }
    return [
      NavigationItem(
        title: "Interfaces",
        children: [NavigationItem(title: "Components", children: links("Component", 3000))]
          + [NavigationItem(title: "Queues", children: links("Queue", 250))]),
      NavigationItem(title: "Plan", children: plan),
    ]
  }

  static func urls(_ text: String) -> [String] {
    text.matches(of: #/"u":"([^"]+)"/#).map { String($0.output.1) }
  }

  @Test func aSmallSidebarIsWrittenAsBefore() {
    var parts = NavigationParts(folder: "f/nav/")
    let items = [NavigationItem(title: "Components", children: Self.links("Component", 20))]
    #expect(parts.split(items) == items.map(\.javaScript))
    #expect(parts.files.isEmpty)
  }

  @Test func aLargeSidebarIsInPartsWithEveryLinkOnce() throws {
    var parts = NavigationParts(folder: "f/nav/")
    let skeleton = parts.split(Self.large).joined(separator: ",")
    let texts = parts.files.map { String(decoding: $0.data, as: UTF8.self) }
    #expect(skeleton.utf8.count <= NavigationParts.limit)
    for text in texts { #expect(text.utf8.count <= NavigationParts.limit) }
    let all = Self.urls(skeleton) + texts.flatMap(Self.urls)
    let expected = Self.large.flatMap(NavigationParts.pages(in:))
    #expect(all.sorted() == expected.sorted())
    // Each stub's range holds exactly the pages of its part (and the parts inside it).
    let stubs = (skeleton + texts.joined()).matches(of: #/"l":"([^"]+)","r":\["([^"]+)","([^"]+)"\]/#)
    #expect(stubs.count == parts.files.count)
    let components = stubs.filter { $0.output.2.hasPrefix("f/component/") }
    #expect(components.count > 3)
    for (first, second) in zip(components, components.dropFirst()) {
      #expect(first.output.3 < second.output.2, "slices of plain links do not overlap")
    }
  }
}

extension NavigationParts {
  /// Every page an item and its children link to, anchors left out.
  static func pages(in item: NavigationItem) -> [String] {
    (ownPage(item).map { [$0] } ?? []) + item.children.flatMap { pages(in: $0) }
  }
}
