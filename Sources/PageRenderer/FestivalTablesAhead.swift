import FestivalModel
import Foundation
import Parallelism
import SitePlan

/// The render's first tables worked out on a helper thread while the resolve step runs, which needs
/// nothing of theirs: each festival's look-up index, name catalog and mention matcher, and, for a build
/// that keeps a record, its contract's fingerprints. The render starts by making them: after a task edit
/// at 10,000 components 0.9 s, the first third of it on one core, while the resolve step before it had
/// left the other core idle for 0.35 s. They are what the render would make; it takes them once.
public final class FestivalTablesAhead: @unchecked Sendable {
  struct Tables {
    var states: [SiteRenderer.FestivalState]
    /// Nil unless asked for: only a build that keeps a record fingerprints pages.
    var fingerprints: [ContractFingerprints?]?
  }

  private let work: Pending<Tables>

  /// Starts the tables of `model` and `plan`. With a preview session's `cache` they are made as its
  /// render would make them, keeping what it kept, on this one helper (the resolve step has the other
  /// core); the render must then be that cache's.
  public init(model: ContentModel, plan: SitePlan, fingerprints: Bool, jobs: Int, cache: RenderCache? = nil) {
    work = Pending {
      // A preview's tables are small next to a build's: one thread, beside the resolve step's.
      let threads = cache == nil ? jobs : 1
      let make = {
        let states = SiteRenderer.festivalStates(model: model, plan: plan, cache: cache, jobs: threads)
        let prints =
          fingerprints
          ? SiteRenderer.contractFingerprints(
            model: model, plan: plan, states: states, cache: cache, jobs: threads)
          : nil
        return Tables(states: states, fingerprints: prints)
      }
      return cache?.withLock(make) ?? make()
    }
  }

  /// The tables, once made (waiting for the helper if need be).
  var tables: Tables { work.value }
}
