import ContractDiff

/// Who has to look at a diff: for each owner of an affected component, its components and how many
/// breaking and risky changes reach them.
struct AffectedTeams {
  struct Team: Equatable {
    var owner: String
    var components: [String]
    var breaking: Int
    var risky: Int
  }

  var teams: [Team] = []

  init(_ changes: [ContractChange]) {
    var byOwner: [String: (components: Set<String>, breaking: Int, risky: Int)] = [:]
    for change in changes where change.severity != .compatible {
      var reached: Set<String> = []
      for impact in change.impact {
        let owner = impact.owner ?? "No owner given"
        var entry = byOwner[owner] ?? ([], 0, 0)
        entry.components.insert(impact.component)
        if reached.insert(owner).inserted {
          if change.severity == .breaking { entry.breaking += 1 } else { entry.risky += 1 }
        }
        byOwner[owner] = entry
      }
    }
    teams = byOwner.map { owner, entry in
      Team(owner: owner, components: entry.components.sorted(), breaking: entry.breaking, risky: entry.risky)
    }.sorted { ($1.breaking, $1.risky, $0.owner) < ($0.breaking, $0.risky, $1.owner) }
  }
}
