/// One value of an enum: `STATUS_ACTIVE = 1;`.
struct ProtoEnumValue: Hashable, Sendable {
  var name: String
  var number: String
  var comment: String
  var line: Int
}
