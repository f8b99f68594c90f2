import Foundation

/// Writes synthetic festivals for benchmarks: a COMMON_INTERFACES.md with N components and proportional
/// operations, fields, endpoints, events, queues, roles and resources, a flowchart of (up to 200 of) the
/// components, and phases, sequences and tasks. The same size and seed give the same bytes.
public struct FestivalGenerator {
  public var components: Int
  public var seed: UInt64

  public init(components: Int, seed: UInt64) {
    self.components = max(1, components)
    self.seed = seed
  }

  /// Files by path relative to the content folder.
  public func files() -> [String: String] {
    var random = BenchRandom(seed: seed)
    let root = "bench-festival-BF0001"
    var files: [String: String] = [:]
    files["\(root)/FESTIVAL_OVERVIEW.md"] =
      "---\nfest_type: festival\nfest_status: active\n---\n\n# Festival Overview: Bench \(components)\n\n## Goal\n\nA synthetic festival of \(components) components.\n"
    files["\(root)/FESTIVAL_RULES.md"] = "# Festival Rules\n\n## Definition of Done\n\n- [ ] Reviewed\n"
    files["\(root)/COMMON_INTERFACES.md"] = contract(&random)
    // About one sequence of five tasks per 50 components, but numbers stay two digits (`NN_name`): past
    // 99 sequences a phase's sequences hold more tasks instead.
    let sequences = min(99, max(1, components / 50))
    let tasks = max(5, (components / 10 + sequences - 1) / sequences)
    for phase in 1...4 {
      let phaseName = ["PLAN", "DEFINE_INTERFACES", "IMPLEMENT", "REVIEW"][phase - 1]
      let phasePath = "\(root)/\(String(format: "%03d", phase))_\(phaseName)"
      files["\(phasePath)/PHASE_GOAL.md"] = "# Phase Goal: \(phaseName)\n\nDeliver phase \(phase).\n"
      for sequence in 1...sequences {
        let sequencePath = "\(phasePath)/\(String(format: "%02d", sequence))_part_\(sequence)"
        files["\(sequencePath)/SEQUENCE_GOAL.md"] = "# Sequence Goal: part \(sequence)\n\n\(tasks) tasks.\n"
        for task in 1...tasks {
          let done = Int.random(in: 0...3, using: &random)
          let boxes = (0..<3).map { $0 < done ? "- [x] step \($0 + 1)" : "- [ ] step \($0 + 1)" }.joined(
            separator: "\n")
          files["\(sequencePath)/\(String(format: "%02d", task))_task_\(task).md"] =
            "---\nfest_type: task\nfest_status: \(done == 3 ? "completed" : done == 0 ? "pending" : "in_progress")\n---\n\n"
            + "# Task \(task) of part \(sequence)\n\nWork on [the contract](../../COMMON_INTERFACES.md).\n\n## Deliverables\n\n\(boxes)\n"
        }
      }
    }
    return files
  }

  /// Writes the files under `folder`.
  public func write(to folder: URL) throws {
    for (path, text) in files() {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  func name(_ index: Int) -> String { "Service \(String(format: "%05d", index))" }

  func contract(_ random: inout BenchRandom) -> String {
    let (architecture, dependencies) = self.architecture(&random)
    return architecture + protocols(dependencies) + entities() + interfaces() + endpoints() + events()
      + authorization() + performance()
  }

  /// Step 1: the components with their dependencies (drawn at random), the flowchart, external systems.
  private func architecture(_ random: inout BenchRandom) -> (String, [[Int]]) {
    let systems = max(2, components / 20)
    let teams = max(1, components / 20)
    var text = "# Common Interfaces: Bench \(components)\n\n**Current Status**: DRAFT\n\n"
    text += "## Step 1: System Architecture Overview\n\n### High-Level System Components\n\n"
    text +=
      "| Component | Responsibility | Technology Stack | Dependencies | Owner |\n|---|---|---|---|---|\n"
    var dependencies: [[Int]] = []
    for index in 0..<components {
      var picked: [Int] = []
      if index > 0 {
        for _ in 0..<Int.random(in: 1...3, using: &random) {
          let target = Int.random(in: max(0, index - 40)..<index, using: &random)
          if !picked.contains(target) { picked.append(target) }
        }
      }
      dependencies.append(picked)
      var names = picked.map(name)
      if Int.random(in: 0..<4, using: &random) == 0 {
        names.append("External \(Int.random(in: 0..<systems, using: &random))")
      }
      text +=
        "| \(name(index)) | Handles area \(index) | Swift, PostgreSQL | \(names.isEmpty ? "none" : names.joined(separator: ", ")) | Team \(index % teams) |\n"
    }
    text += "\n### System Boundaries and Data Flow\n\n```mermaid\nflowchart LR\n"
    for index in 0..<min(components, 200) {
      text += "    c\(index)[\(name(index))]\n"
      for target in dependencies[index] where target < 200 { text += "    c\(index) --> c\(target)\n" }
    }
    text +=
      "```\n\n### External System Dependencies\n\n| System | Purpose | Protocol | SLA Requirements |\n|---|---|---|---|\n"
    for index in 0..<systems {
      text +=
        "| External \(index) | Outside service \(index) | HTTPS/REST | 99.9% uptime, <500ms response |\n"
    }
    return (text, dependencies)
  }

  /// Step 2: a protocol pair for every third component.
  private func protocols(_ dependencies: [[Int]]) -> String {
    var text = ""
    text += "\n## Step 2: Communication Protocol Selection\n\n### Internal Service Communication\n\n"
    text += "| Service Pair | Protocol | Justification | Fallback Strategy |\n|---|---|---|---|\n"
    for index in stride(from: 1, to: components, by: 3) where !dependencies[index].isEmpty {
      text += "| \(name(index)) → \(name(dependencies[index][0])) | gRPC | Typed calls | Retry |\n"
    }
    return text
  }

  /// Step 3: entities, each related to the next.
  private func entities() -> String {
    var text = ""
    text += "\n## Step 3: Data Architecture & Schemas\n\n### Core Data Entities\n\n"
    text +=
      "| Entity | Purpose | Primary Storage | Relationships | Access Patterns | Owner |\n|---|---|---|---|---|---|\n"
    for index in 0..<max(1, components / 2) {
      text +=
        "| Entity\(index) | Records of area \(index) | PostgreSQL | 1:N with Entity\(index + 1) | By ID | \(name(index)) |\n"
    }
    return text
  }

  /// Step 4: a service interface per component, with operations and fields.
  private func interfaces() -> String {
    var text = ""
    text += "\n## Step 4: Interface Contracts\n\n### Service Interface Definitions\n\n"
    for index in 0..<components {
      text +=
        "#### \(name(index)) Interface\n\n**Purpose**: Area \(index).\n\n**Communication Method**: gRPC\n\n"
      text += "| Operation | Input | Output | Error Cases | Performance SLA |\n|---|---|---|---|---|\n"
      for operation in 0..<3 {
        text +=
          "| Op\(index)x\(operation) | Request | Response | Not found, Invalid | <\(50 + operation * 25)ms |\n"
      }
      text += "\n| Field | Type | Required | Validation | Default |\n|---|---|---|---|---|\n"
      for field in 0..<4 {
        text += "| field\(field) | String | \(field % 2 == 0 ? "Yes" : "No") | 1-50 chars | N/A |\n"
      }
      text += "\n"
    }
    return text
  }

  /// An endpoint per component.
  private func endpoints() -> String {
    var text = ""
    text += "### API Endpoint Specifications\n\n"
    for index in 0..<components {
      text +=
        "#### Get Thing \(index)\n\n**Service**: \(name(index))\n\n**HTTP Method**: GET\n\n**URL Pattern**: /v1/area\(index)/{id}\n\n"
      text +=
        "| Parameter | Location | Type | Required | Description |\n|---|---|---|---|---|\n| id | path | UUID | Yes | Identifier |\n\n"
      text +=
        "| Status Code | Content Type | Structure | Description |\n|---|---|---|---|\n| 200 | application/json | Thing | Found |\n| 404 | application/json | Error | Missing |\n\n"
    }
    return text
  }

  /// Step 5: events and queues.
  private func events() -> String {
    var text = ""
    text += "## Step 5: Event & Message Contracts\n\n#### Event Catalog\n\n"
    text +=
      "| Event Name | Publisher | Subscribers | Trigger Condition | Payload Schema | Delivery Guarantee |\n|---|---|---|---|---|---|\n"
    for index in 0..<max(1, components / 2) {
      let subscriber = (index * 7 + 3) % components
      text +=
        "| Event\(index)Happened | \(name(index)) | \(name(subscriber)) | Change \(index) | JSON | At least once |\n"
    }
    text +=
      "\n### Message Queue Specifications\n\n| Queue Name | Purpose | Message Format | Consumer Count | Dead Letter Queue |\n|---|---|---|---|---|\n"
    for index in 0..<max(1, components / 4) {
      text += "| queue.area\(index) | Work for \(name(index)) | JSON | 2 workers | After 3 retries |\n"
    }
    return text
  }

  /// Step 6: the authorization matrix.
  private func authorization() -> String {
    var text = ""
    let roles = 3 + components / 100
    let resources = max(2, components / 5)
    text += "\n## Step 6: Security & Authentication Contracts\n\n### Authorization Matrix\n\n| Resource |"
    text +=
      (0..<roles).map { " Role\($0) |" }.joined() + "\n|---|" + String(repeating: "---|", count: roles) + "\n"
    for index in 0..<resources {
      text +=
        "| Entity\(index) |"
        + (0..<roles).map { role in
          role == 0 ? " Read only |" : role == roles - 1 ? " All: read/write |" : " Own: read, update |"
        }.joined() + "\n"
    }
    return text
  }

  /// Step 7: performance and scalability rows.
  private func performance() -> String {
    var text = ""
    text += "\n## Step 7: Performance & Scalability Contracts\n\n### Performance Requirements\n\n"
    text +=
      "| Service/Endpoint | Response Time (p95) | Throughput (RPS) | Availability | Error Rate |\n|---|---|---|---|---|\n"
    for index in stride(from: 0, to: components, by: 5) {
      text += "| \(name(index)) | 100ms | 500 | 99.9% | <0.1% |\n"
    }
    text +=
      "\n### Scalability Planning\n\n| Component | Current Capacity | Scale Trigger | Scale Method | Max Capacity |\n|---|---|---|---|---|\n"
    for index in stride(from: 0, to: components, by: 10) {
      text += "| \(name(index)) | 2 pods | >70% CPU | Horizontal | 20 pods |\n"
    }
    return text
  }
}

/// SplitMix64, so generated festivals do not depend on the platform's random numbers.
struct BenchRandom: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
