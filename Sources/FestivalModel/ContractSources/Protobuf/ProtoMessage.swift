/// A protobuf `message` with its fields (those of its `oneof`s among them).
struct ProtoMessage: Hashable, Sendable {
  /// Dotted for nested messages: `Order.Line`.
  var name: String
  var comment: String
  var line: Int
  var fields: [ProtoField] = []
}
