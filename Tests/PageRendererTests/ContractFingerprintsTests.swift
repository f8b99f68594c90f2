import ContentReader
import FestivalModel
import Foundation
import SitePlan
import TestSupport
import Testing

@testable import PageRenderer

/// A preview keeps each part of a contract's fingerprints (elements, their frame lines, services, the
/// derived part) while what it was made from compares equal; what it keeps must be what it would make.
@Suite struct ContractFingerprintsTests {
  static let festival = "festivals/active/parcel-tracking-PT0001/"

  /// The sample's files by path, with the contract replaced by `contract`.
  static func files(contract: String? = nil) throws -> [ContentFile] {
    let root = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/sample")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
      $0.hasSuffix(".md") || $0.hasSuffix(".yaml")
    }
    return try paths.sorted().map { path in
      let text =
        path == festival + "COMMON_INTERFACES.md" && contract != nil
        ? contract! : try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      return ContentFile(path: path, text: text)
    }
  }

  /// The sample's contract and its name catalog, with the contract replaced by `contract`.
  static func read(_ contract: String?) throws -> (InterfaceContract, NameCatalog, FestivalIndex) {
    let (festivals, loose) = ContentLayout.organize(try files(contract: contract))
    let inventory = ContentInventory(
      festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: [])
    let cache = ModelCache()
    let model = cache.build(inventory, parsed: cache.parse(inventory))
    let plan = SitePlanner.plan(model)
    let index = try #require(model.festivals.firstIndex { $0.interfaces?.components.isEmpty == false })
    let read = try #require(model.festivals[index].interfaces)
    return (
      read, NameCatalog(read, plan: plan.festivals[index]), FestivalIndex(read, plan: plan.festivals[index])
    )
  }

  static let original = try! String(
    contentsOf: SharedFolder.projectRoot.appendingPathComponent(
      "Tests/Fixtures/sample/" + festival + "COMMON_INTERFACES.md"),
    encoding: .utf8)

  /// An edit, and whether it changes the frame every page is keyed on.
  static let edits: [(String, String, String, Bool)] = [
    ("an operation's error cases", "| Card declined, Stripe unavailable |", "| Card declined |", false),
    ("a responsibility", "| Rates, invoices", "| Rates, bills", false),
    ("a field's type", "| amountMinor | Integer |", "| amountMinor | Long |", false),
    ("a performance row", "| Create Shipment | 300ms |", "| Create Shipment | 250ms |", false),
    ("a scalability row", "| API Gateway | 4 instances |", "| API Gateway | 6 instances |", false),
    ("an operation's message", "| Invoice ID | Payment ID |", "| Invoice ID | Receipt |", true),
    ("a dependency", "| Kotlin, Swift | API Gateway |", "| Kotlin | API Gateway, Billing Service |", true),
    ("a component's name", "| Billing Service |", "| Invoice Service |", true),
    (
      "an authorization cell", "| Invoice | None | None | Own: read |",
      "| Invoice | None | Read | Own: read |", false
    ),
    ("a resource's name", "| System Config | None |", "| Settings | None |", true),
  ]

  /// The fingerprints of `before`, of `after` made afresh, and of `after` made from those of `before`.
  static func fingerprints(before: String, after: String) throws -> (
    first: ContractFingerprints, fresh: ContractFingerprints, kept: ContractFingerprints
  ) {
    let (old, oldCatalog, oldIndex) = try read(before)
    let (new, newCatalog, newIndex) = try read(after)
    let first = ContractFingerprints(old, catalog: oldCatalog, lookup: oldIndex)
    let fresh = ContractFingerprints(new, catalog: newCatalog, lookup: newIndex)
    let kept = ContractFingerprints(
      new, catalog: newCatalog, lookup: newIndex,
      previous: ContractFingerprints.Kept(contract: old, value: first))
    return (first, fresh, kept)
  }

  @Test(arguments: edits.indices)
  func keptFingerprintsAreTheFingerprintsMadeAfresh(edit: Int) throws {
    let (name, old, new, framed) = Self.edits[edit]
    let edited = Self.original.replacingOccurrences(of: old, with: new)
    #expect(edited != Self.original, "\(name)")
    let (first, fresh, kept) = try Self.fingerprints(before: Self.original, after: edited)
    #expect(kept.frame == fresh.frame, "\(name)")
    #expect(kept.elements == fresh.elements, "\(name)")
    #expect(kept.rows == fresh.rows, "\(name)")
    #expect((fresh.frame != first.frame) == framed, "\(name): the frame changes")
    #expect(fresh.elements != first.elements, "\(name): an element changes")
  }

  /// Rows of tables only the contract's own pages show change the rows' fingerprints, not the frame or
  /// any element's, and kept fingerprints are still those made afresh.
  @Test(arguments: [
    ("| Authentication | MFA for admins |", "| Authentication | MFA for everyone |"),
    (
      "| **Scalability** | Growth requirements addressed | [ ] |",
      "| **Scalability** | Growth requirements addressed | [x] |"
    ),
    (
      "| DevOps Lead | Operational and deployment concerns | [ ] Approved",
      "| DevOps Lead | Operations | [ ] Approved"
    ),
  ])
  func rowsOnlyTheContractsPagesShowLeaveTheFrame(old: String, new: String) throws {
    let edited = Self.original.replacingOccurrences(of: old, with: new)
    #expect(edited != Self.original)
    let (first, fresh, kept) = try Self.fingerprints(before: Self.original, after: edited)
    #expect(fresh.frame == first.frame)
    #expect(fresh.elements == first.elements)
    #expect(fresh.rows != first.rows)
    #expect(kept.frame == fresh.frame && kept.elements == fresh.elements && kept.rows == fresh.rows)
  }
}
