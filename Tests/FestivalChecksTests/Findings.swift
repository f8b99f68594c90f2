import ContentReader
import Diagnostics
import FestivalChecks
import FestivalModel
import Foundation
import PageRenderer
import SiteBuild
import SitePlan
import TestSupport

/// Writes a content folder, runs every step that reports (read, model, check, plan, resolve) and returns
/// the findings. A value starting with `@link:` makes a symbolic link to the rest of the value instead.
func findings(_ files: [String: String]) throws -> [Diagnostic] {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  for (path, text) in files.sorted(by: { $0.key < $1.key }) {
    if text.hasPrefix("@link:") {
      let target = String(text.dropFirst("@link:".count))
      try FileManager.default.createDirectory(
        at: folder.url.appendingPathComponent(path).deletingLastPathComponent(),
        withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: folder.path(path), withDestinationPath: target.hasPrefix("/") ? target : folder.path(target))
    } else {
      try folder.write(text, to: path)
    }
  }
  // Every step that reports, as `festdoc check` runs them, before festdoc.yml weighs the findings.
  var build = BuildContext(settings: BuildSettings(content: folder.url, jobs: 1, version: "t"))
  try SiteBuild.run(SiteBuild.checking, &build)
  return build.findings
}

/// A small festival that passes every rule; cases change one file of it.
enum Festival {
  static let contract = """
    # Common Interfaces: Shop

    **Current Status**: DRAFT

    ## Step 1: System Architecture Overview

    ### High-Level System Components

    | Component | Responsibility | Technology Stack | Dependencies |
    |---|---|---|---|
    | Web App | UI | React | Order Service |
    | Order Service | Orders | Go | Stripe |

    ### External System Dependencies

    | System | Purpose | Protocol | SLA Requirements |
    |---|---|---|---|
    | Stripe | Cards | HTTPS | 99.9% uptime |

    ## Step 4: Interface Contracts

    #### Order Service Interface

    **Purpose**: Orders.

    | Operation | Input | Output | Error Cases | Performance SLA |
    |---|---|---|---|---|
    | Place Order | Cart | Order ID | Card declined | <300ms |

    #### Place Order

    **HTTP Method**: POST

    **URL Pattern**: /orders

    | Status Code | Content Type | Structure | Description |
    |---|---|---|---|
    | 201 | application/json | Order | Created |
    | 402 | application/json | Error | Declined |

    ## Step 5: Event & Message Contracts

    #### Event Catalog

    | Event Name | Publisher | Subscribers | Trigger Condition | Payload Schema | Delivery Guarantee |
    |---|---|---|---|---|---|
    | OrderPlaced | Order Service | Web App | Order stored | Order | At least once |

    ### Message Queue Specifications

    | Queue Name | Purpose | Message Format | Consumer Count | Dead Letter Queue |
    |---|---|---|---|---|
    | orders.placed | Orders to fulfil | JSON | 2 workers | After 3 retries |

    ## Step 6: Security & Authentication Contracts

    ### Authorization Matrix

    | Resource | User | Admin |
    |---|---|---|
    | Order | Own: read, create | All: read/write |

    ## Step 10: Review & Finalization Process

    ### Interface Review Checklist

    | Review Area | Criteria | Status |
    |---|---|---|
    | Completeness | All components | [x] |

    ### Stakeholder Sign-off Matrix

    | Role | Responsibility | Status | Date |
    |---|---|---|---|
    | Technical Lead | Architecture | [x] Approved [ ] Changes Needed | 2026-11-01 |
    """

  static let files: [String: String] = [
    "shop/FESTIVAL_OVERVIEW.md": "# Festival Overview: Shop\n\nSee the [contract](COMMON_INTERFACES.md).\n",
    "shop/FESTIVAL_RULES.md": "# Rules\n",
    "shop/COMMON_INTERFACES.md": contract,
    "shop/001_PLAN/01_scope/01_define.md":
      "---\nfest_status: completed\n---\n# Define\n\n## Deliverables\n\n- [x] Scope\n",
  ]

  /// The festival with `changes` applied (a nil value removes the file).
  static func with(_ changes: [String: String?]) -> [String: String] {
    var result = files
    for (path, text) in changes { result[path] = text }
    return result
  }

  /// The contract with one text replaced.
  static func contract(replacing old: String, with new: String) -> [String: String] {
    precondition(contract.contains(old), "the base contract has no '\(old)'")
    return with(["shop/COMMON_INTERFACES.md": contract.replacingOccurrences(of: old, with: new)])
  }
}
