/// What a change can reach, by the kind of element that changed (docs/diff-rules.md, "Impact").
enum ImpactScope: Hashable, Sendable {
  /// An operation, endpoint or what belongs to one, provided by `provider`: the components calling the
  /// provider, as far as the contract says they call this element (`names` are the element's names a
  /// caller's message may use: the operation, the route); through a component only where it passes the
  /// element on (a gateway). `route` is an endpoint's `METHOD /path`.
  case calls(provider: String, names: [String], route: String?)
  /// An entity: the operations, endpoints and events that carry it, then their users.
  case carriers(entity: String)
  /// Components removed, renamed or external systems: those that call them directly.
  case callers(of: [String])
  /// Links known from the element itself (a protocol pair's ends), each one step, nothing beyond.
  case direct([ImpactStep])
  /// An event: its subscribers, and the consumers of the queues that carry it.
  case event(name: String, subscribers: [ImpactStep])
  /// A queue: the components that consume it.
  case queue(name: String)
  /// Roles and resources of the authorization matrix.
  case authorization(role: String?, resource: String?)
  /// Nobody beyond the component the change belongs to (a document's status, a sign-off).
  case none
}
