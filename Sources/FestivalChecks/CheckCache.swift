import ContentReader
import Diagnostics
import FestivalModel

/// Findings of the contract checks kept between the builds of one preview session: checking a thousand
/// components' contract again after a task edit took longer than planning the site. An entry is used
/// only for the same contract; entries of contracts no festival has any more go at the next run.
public final class CheckCache: Sendable {
  private let memo = PathMemo<InterfaceContract, [Diagnostic]>()
  /// Each document's placeholders: a task edit leaves the other thousands of documents as they were.
  let placeholders = PathMemo<Document, [(String, Int)]>()
  /// The names each diagram gives: a contract edit seldom touches its diagrams.
  let diagrams = DiagramNamesCache()

  /// Contracts answered from the cache since it was made, for tests.
  public var hits: Int { memo.hits }
  /// Diagrams parsed for their names since the cache was made, for tests.
  public var diagramsRead: Int { diagrams.read }

  public init() {}

  /// The check step of a preview session: an unchanged contract's findings are those of the build before.
  public func run(_ model: ContentModel) -> [Diagnostic] { FestivalChecks.run(model, memo: self) }

  func findings(_ contract: InterfaceContract, check: () -> [Diagnostic]) -> [Diagnostic] {
    memo.value(at: contract.path, from: contract, make: check)
  }

  func keep(only paths: Set<String>) { memo.keep(only: paths) }

  func keepPlaceholders(only paths: Set<String>) { placeholders.keep(only: paths) }
}
