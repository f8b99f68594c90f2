/// Every rule a finding can name, in the order docs/rules.md and `--help` list them. The rule's default
/// severity and one-line summary are in FestivalChecks' `RuleCatalog`, built from this enum.
public enum RuleID: String, CaseIterable, Codable, Comparable, Hashable, Sendable, CustomStringConvertible {
  case contentNotText = "content.not-text"
  case contentTooLarge = "content.too-large"
  case contentLinkOutside = "content.link-outside"
  case contentLinkedFolder = "content.linked-folder"
  case limitsTableRows = "limits.table-rows"
  case limitsDiagramSize = "limits.diagram-size"
  case contentUnreadable = "content.unreadable"
  case frontmatterInvalidYaml = "frontmatter.invalid-yaml"
  case frontmatterNotAMapping = "frontmatter.not-a-mapping"
  case frontmatterUnknownStatus = "frontmatter.unknown-status"
  case frontmatterStatusDisagrees = "frontmatter.status-disagrees"
  case placeholdersLeft = "placeholders.left"
  case placeholdersTemplateRow = "placeholders.template-row"
  case interfaceUnfilledTemplate = "interface.unfilled-template"
  case namesUnknown = "names.unknown"
  case namesPartialMatch = "names.partial-match"
  case valuesNotUnderstood = "values.not-understood"
  case tablesMissingColumn = "tables.missing-column"
  case contractComponentWithoutInterface = "contract.component-without-interface"
  case contractOperationWithoutErrors = "contract.operation-without-errors"
  case contractEndpointWithoutErrorResponse = "contract.endpoint-without-error-response"
  case contractEventWithoutSubscribers = "contract.event-without-subscribers"
  case contractQueueWithoutDeadLetter = "contract.queue-without-dead-letter"
  case authorizationUnreachableResource = "authorization.unreachable-resource"
  case authorizationEmptyRole = "authorization.empty-role"
  case authorizationWriteWithoutRead = "authorization.write-without-read"
  case duplicatesName = "duplicates.name"
  case reviewFinalizedIncomplete = "review.finalized-incomplete"
  case diagramsParse = "diagrams.parse"
  case linksBroken = "links.broken"
  case linksUnsafe = "links.unsafe"
  case structurePhaseName = "structure.phase-name"
  case structureSequenceName = "structure.sequence-name"
  case structureTaskName = "structure.task-name"
  case structureNumberingGap = "structure.numbering-gap"
  case structureMissingDocument = "structure.missing-document"
  case configInvalidYaml = "config.invalid-yaml"
  case configUnknownRule = "config.unknown-rule"
  case structureMissingGoal = "structure.missing-goal"
  case festEventMalformed = "fest.event-malformed"
  case festEventUnknown = "fest.event-unknown"
  case festEventUnknownTask = "fest.event-unknown-task"
  case festHistoryMalformed = "fest.history-malformed"
  case festStatusHistory = "fest.status-history"
  case placeholdersGateTemplate = "placeholders.gate-template"

  /// The id as written in findings, `--disable` and festdoc.yml: `area.name`.
  public var id: String { rawValue }

  public var description: String { rawValue }

  public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
