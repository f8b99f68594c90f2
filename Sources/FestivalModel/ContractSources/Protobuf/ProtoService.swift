/// A protobuf `service` and its `rpc`s.
struct ProtoService: Hashable, Sendable {
  var name: String
  var comment: String
  var line: Int
  var rpcs: [ProtoRPC] = []
}
