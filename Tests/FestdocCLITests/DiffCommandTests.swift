import Foundation
import TestSupport
import Testing

/// `festdoc diff`: sides from folders and from git, formats, `-o`, and the exit codes CI relies on.
@Suite struct DiffCommandTests {
  static let fixtures = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/diff")

  /// A folder with `old/` (the base contract) and `new/` (the base with `rule`'s patch).
  func sides(_ rule: String) throws -> TemporaryFolder {
    let base = try String(
      contentsOf: Self.fixtures.appendingPathComponent("base/COMMON_INTERFACES.md"), encoding: .utf8)
    let patch = try ContractPatch.load(Self.fixtures.appendingPathComponent("rules/\(rule).patch"))
    return try TemporaryFolder(files: [
      "old/COMMON_INTERFACES.md": base, "new/COMMON_INTERFACES.md": try patch.apply(to: base),
    ])
  }

  @Test func theSameFestivalOnBothSidesExitsZero() throws {
    let result = try FestdocProcess.run([
      "diff", "Tests/Fixtures/sample", "Tests/Fixtures/sample", "--fail-on", "risky",
    ])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("no contract changes"))
    #expect(result.standardError.isEmpty)
  }

  @Test func failOnSetsTheExitCode() throws {
    let breaking = try sides("field.made-required")
    defer { breaking.remove() }
    let old = breaking.path("old")
    let new = breaking.path("new")
    #expect(try FestdocProcess.run(["diff", old, new]).status == 0)
    #expect(try FestdocProcess.run(["diff", old, new, "--fail-on", "breaking"]).status == 1)
    #expect(try FestdocProcess.run(["diff", old, new, "--fail-on", "risky"]).status == 1)
    let risky = try sides("operation.sla-relaxed")
    defer { risky.remove() }
    #expect(
      try FestdocProcess.run(["diff", risky.path("old"), risky.path("new"), "--fail-on", "breaking"]).status
        == 0)
    #expect(
      try FestdocProcess.run(["diff", risky.path("old"), risky.path("new"), "--fail-on", "risky"]).status == 1
    )
    let compatible = try sides("field.added-optional")
    defer { compatible.remove() }
    #expect(
      try FestdocProcess.run(["diff", compatible.path("old"), compatible.path("new"), "--fail-on", "risky"])
        .status
        == 0)
  }

  @Test func writesEachFormatToTheFileNamedByO() throws {
    let folder = try sides("event.guarantee-weakened")
    defer { folder.remove() }
    for (format, start) in [
      ("html", "<!DOCTYPE html>"), ("markdown", "## Interface contract changes"), ("json", "{"),
    ] {
      let file = folder.path("report.\(format)")
      let result = try FestdocProcess.run([
        "diff", folder.path("old"), folder.path("new"), "--format", format, "-o", file,
      ])
      #expect(result.status == 0)
      #expect(result.standardOutput.isEmpty)
      let text = try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.hasPrefix(start))
      #expect(text.contains("event.guarantee-weakened"))
    }
    // Only the reports were written beside the sides: no staging file is left.
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(names == ["new", "old", "report.html", "report.json", "report.markdown"])
  }

  @Test func anUnreadableSideExitsTwo() throws {
    let result = try FestdocProcess.run(["diff", "Tests/Fixtures/sample", "Tests/Fixtures/no-such-folder"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("no-such-folder"))
    #expect(result.standardOutput.isEmpty)
  }

  /// A fest-era festival whose contract lives in a task and a `.proto` file, compared across two commits.
  @Test func comparesAFestEraContractInTasksBetweenTwoRevisions() throws {
    let root = "festivals/active/orders-OR0001/"
    let proto = """
      syntax = "proto3";
      service Orders {
        rpc Place(PlaceOrderRequest) returns (Order);
      }
      message PlaceOrderRequest { string sku = 1; int32 quantity = 2; }
      message Order { string id = 1; }
      """
    let task = """
      # Task: Order API

      **Service**: Order Gateway

      ## POST /v1/orders

      | Field | Type | Required |
      | --- | --- | --- |
      | sku | string | yes |

      ## GET /v1/orders/:id

      | Event | Publisher | Subscribers |
      | --- | --- | --- |
      | order.placed | Orders | Billing |
      """
    let repository = try TemporaryFolder(files: [
      root + "fest.yaml": "metadata:\n  name: orders\n",
      root + "FESTIVAL_GOAL.md": "# Goal\n\nOrders.\n",
      root + "002_PLAN/contracts/orders.proto": proto,
      root + "003_IMPLEMENT/01_api/01_order_api.md": task,
    ])
    defer { repository.remove() }
    try git(["init", "-q", "-b", "main"], in: repository.url)
    try git(["add", "."], in: repository.url)
    try git(["commit", "-q", "-m", "Orders contract"], in: repository.url)
    try repository.write(
      proto.replacingOccurrences(of: "int32 quantity = 2;", with: "int64 quantity = 2; string coupon = 3;")
        .replacingOccurrences(of: "rpc Place(", with: "rpc Cancel(Order) returns (Order);\n  rpc Place("),
      to: root + "002_PLAN/contracts/orders.proto")
    try repository.write(
      task.replacingOccurrences(of: "## GET /v1/orders/:id\n", with: "")
        .replacingOccurrences(of: "| Billing |", with: "| Billing, Ledger |"),
      to: root + "003_IMPLEMENT/01_api/01_order_api.md")
    try git(["commit", "-q", "-am", "Cancel orders"], in: repository.url)

    let result = try FestdocProcess.run(
      ["diff", "git:HEAD~1", "git:HEAD", "--format", "json"], in: repository.url)
    #expect(result.status == 0, "\(result.standardError)")
    for rule in [
      "field.type-changed", "field.added-optional", "operation.added", "endpoint.removed",
      "event.subscriber-added",
    ] {
      #expect(result.standardOutput.contains("\"rule\" : \"\(rule)\""), "\(rule)")
    }
    #expect(!result.standardOutput.contains("\"rule\" : \"component.removed\""))
  }

  @Test func readsBothSidesFromGit() throws {
    let base = try String(
      contentsOf: Self.fixtures.appendingPathComponent("base/COMMON_INTERFACES.md"), encoding: .utf8)
    let repository = try TemporaryFolder(files: [
      "contracts/COMMON_INTERFACES.md": base, "contracts/FESTIVAL_OVERVIEW.md": "# Overview\n",
      "README.md": "x\n",
    ])
    defer { repository.remove() }
    try git(["init", "-q", "-b", "main"], in: repository.url)
    try git(["add", "."], in: repository.url)
    try git(["commit", "-q", "-m", "First contract"], in: repository.url)
    let patch = try ContractPatch.load(Self.fixtures.appendingPathComponent("rules/endpoint.removed.patch"))
    try repository.write(try patch.apply(to: base), to: "contracts/COMMON_INTERFACES.md")
    try git(["commit", "-q", "-am", "Drop sign-in"], in: repository.url)

    let result = try FestdocProcess.run(
      ["diff", "git:HEAD~1:contracts", "git:HEAD:contracts", "--format", "json", "--fail-on", "breaking"],
      in: repository.url)
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("\"rule\" : \"endpoint.removed\""))
    #expect(result.standardOutput.contains("\"old\" : \"git:HEAD~1:contracts\""))

    // A git side against the working folder, from a folder below the repository's root.
    try FileManager.default.createDirectory(
      atPath: repository.path("contracts/sub"), withIntermediateDirectories: true)
    let mixed = try FestdocProcess.run(
      ["diff", "git:main~1:contracts", "..", "--format", "json"],
      in: repository.url.appendingPathComponent("contracts/sub"))
    #expect(mixed.status == 0)
    #expect(mixed.standardOutput.contains("endpoint.removed"))

    // The repository's root when no path is given: the contract is a festival below it.
    let rooted = try FestdocProcess.run(["diff", "git:HEAD~1", "git:HEAD"], in: repository.url)
    #expect(rooted.status == 0)
    #expect(rooted.standardOutput.contains("endpoint.removed"))

    // Nothing was written into the repository or its folder.
    #expect(try git(["status", "--porcelain"], in: repository.url).isEmpty)

    let unknown = try FestdocProcess.run(["diff", "git:no-such-branch", "git:HEAD"], in: repository.url)
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("git:"))
    let file = try FestdocProcess.run(["diff", "git:HEAD:README.md", "git:HEAD"], in: repository.url)
    #expect(file.status == 2)
    #expect(file.standardError.contains("not a folder"))
  }

  @discardableResult
  func git(_ arguments: [String], in folder: URL) throws -> String {
    try GitCommand.run(arguments, in: folder)
  }
}
