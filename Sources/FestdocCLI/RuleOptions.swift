import ArgumentParser
import Diagnostics
import FestivalChecks

/// How findings are weighed, shared by `check` and `build`.
struct RuleOptions: ParsableArguments {
  @Flag(help: "Treat every warning as an error.")
  var warningsAsErrors = false

  @Option(
    name: .customLong("disable"), help: ArgumentHelp("Do not report RULE (repeatable).", valueName: "RULE"))
  var disabledRules: [String] = []

  func validate() throws {
    for rule in disabledRules where RuleCatalog.rule(rule) == nil {
      throw ValidationError("--disable names no rule '\(rule)'; see docs/rules.md for the rule ids")
    }
  }
}
