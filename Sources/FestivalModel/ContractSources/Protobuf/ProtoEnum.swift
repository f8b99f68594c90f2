/// A protobuf `enum` with its values.
struct ProtoEnum: Hashable, Sendable {
  var name: String
  var comment: String
  var line: Int
  var values: [ProtoEnumValue] = []
}
