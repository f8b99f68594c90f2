/// One field of a message: `repeated string tags = 3;`, `map<string, int32> counts = 4;`.
struct ProtoField: Hashable, Sendable {
  var name: String
  /// The type as written: `string`, `Order.Line`, `map<string, int32>`.
  var type: String
  /// `repeated`, `optional`, `required`, or empty.
  var label: String
  var number: String
  /// The `oneof` it belongs to, if any.
  var oneof: String?
  var comment: String
  var line: Int
}
