/// What a table in a free document states, told by its columns.
enum SourceTableKind: Equatable {
  case components
  case endpoints
  case operations
  case events
  case queues
  case errors
  case schemas
  case fields
}
