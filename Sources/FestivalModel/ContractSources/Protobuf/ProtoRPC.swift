/// One `rpc Name (stream Request) returns (stream Response)`.
struct ProtoRPC: Hashable, Sendable {
  var name: String
  var request: String
  var response: String
  var clientStreaming: Bool
  var serverStreaming: Bool
  var comment: String
  var line: Int
}
