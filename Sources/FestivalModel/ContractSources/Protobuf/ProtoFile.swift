/// What a protobuf file (or a ```proto block) declares, as written.
struct ProtoFile: Hashable, Sendable {
  var package: String?
  var syntax: String?
  var imports: [String] = []
  var services: [ProtoService] = []
  /// Every message, nested ones included under their dotted names (`Order.Line`), in file order.
  var messages: [ProtoMessage] = []
  var enums: [ProtoEnum] = []
  /// `rpc` lines written outside any service, as task snippets often are.
  var looseRPCs: [ProtoRPC] = []
}
