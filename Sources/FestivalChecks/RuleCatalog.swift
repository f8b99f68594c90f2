/// Every rule festdoc knows, for `--disable`, `rules:` in festdoc.yml and docs/rules.md.
public enum RuleCatalog {
  public static let all: [Rule] = [
    Rule("content.not-text", .warning, "a markdown file that is not UTF-8 text is skipped"),
    Rule("content.too-large", .warning, "a file larger than 16 MiB is skipped"),
    Rule(
      "content.link-outside", .warning, "a symbolic link pointing outside the content folder is not followed"),
    Rule("content.linked-folder", .note, "a linked folder is not walked"),
    Rule("limits.table-rows", .warning, "a contract table longer than 10,000 rows is read up to the limit"),
    Rule(
      "limits.diagram-size", .warning,
      "a diagram past 2,000 nodes, 500 participants or 5,000 messages is shown as code"),
    Rule("content.unreadable", .warning, "a file or folder could not be read"),
    Rule("frontmatter.invalid-yaml", .warning, "front matter that is not valid YAML"),
    Rule("frontmatter.not-a-mapping", .warning, "front matter that is not a set of `key: value` lines"),
    Rule("frontmatter.unknown-status", .warning, "a status the methodology does not define"),
    Rule("frontmatter.status-disagrees", .warning, "a task status that disagrees with its checkboxes"),
    Rule("placeholders.left", .warning, "unfilled template text (error once the document is FINALIZED)"),
    Rule("placeholders.template-row", .warning, "a `[Component Name]`-style template row left in a table"),
    Rule("interface.unfilled-template", .note, "the interface document is the unfilled template"),
    Rule("names.unknown", .warning, "a name that is no component or external system"),
    Rule("names.partial-match", .note, "a name taken to mean the only defined name containing it"),
    Rule(
      "values.not-understood", .warning, "a value festdoc cannot read (method, status code, guarantee ...)"),
    Rule("tables.missing-column", .warning, "a template table without a column the template requires"),
    Rule("contract.component-without-interface", .warning, "a component with no service interface section"),
    Rule("contract.operation-without-errors", .warning, "an operation without error cases"),
    Rule("contract.endpoint-without-error-response", .warning, "an endpoint without a 4xx or 5xx response"),
    Rule("contract.event-without-subscribers", .warning, "an event nobody subscribes to"),
    Rule("contract.queue-without-dead-letter", .warning, "a queue without a dead letter strategy"),
    Rule("authorization.unreachable-resource", .warning, "a resource no role can reach"),
    Rule("authorization.empty-role", .warning, "a role column with no access anywhere"),
    Rule("authorization.write-without-read", .warning, "a role that may change what it may not read"),
    Rule("duplicates.name", .error, "two components, entities, events, queues or endpoints with one name"),
    Rule("review.finalized-incomplete", .error, "FINALIZED with open review boxes or missing sign-offs"),
    Rule(
      "diagrams.parse", .error,
      "a mermaid flowchart or sequence diagram that does not parse (at its line inside the block)"),
    Rule(
      "links.broken", .warning,
      "a link to a missing document, anchor or file, or an image that is not a file of `static/`"),
    Rule(
      "links.unsafe", .warning, "a link or image with a scheme that is never followed (`javascript:` ...)"),
    Rule("structure.phase-name", .warning, "a phase folder not named `NNN_NAME`"),
    Rule("structure.sequence-name", .warning, "a sequence folder not named `NN_name`"),
    Rule("structure.task-name", .warning, "a task file not named `NN_name.md`"),
    Rule(
      "structure.numbering-gap", .warning, "phase, sequence or task numbers that skip or do not start at 1"),
    Rule(
      "structure.missing-document", .warning, "a festival without FESTIVAL_OVERVIEW.md or FESTIVAL_RULES.md"),
    Rule("config.invalid-yaml", .warning, "festdoc.yml that is not valid YAML"),
    Rule(
      "config.unknown-rule", .warning, "a rule in festdoc.yml that festdoc does not know, or a bad severity"),
    Rule(
      "structure.missing-goal", .warning,
      "a fest-era phase without PHASE_GOAL.md or sequence without SEQUENCE_GOAL.md"),
    Rule(
      "fest.event-malformed", .warning, "a line of `.fest/progress_events.jsonl` that is not a fest event"),
    Rule("fest.event-unknown", .warning, "a progress event of a kind fest does not define"),
    Rule(
      "fest.event-unknown-task", .warning,
      "progress events naming a task file the festival no longer has (renamed or removed)"),
    Rule(
      "fest.history-malformed", .warning, "a `.fest/status_history.json` that is not a JSON array of moves"),
    Rule(
      "fest.status-history", .note,
      "fest's recorded status history ends somewhere other than the lifecycle folder the festival sits in"),
    Rule(
      "placeholders.gate-template", .note,
      "template text left in the quality-gate tasks fest appends, counted once per festival"),
  ]

  public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
