import Diagnostics

/// The protobuf source on its own, for the fuzzer and for tools: a file's declarations as a contract
/// fragment with its findings.
public enum ProtobufReading {
  public static func read(_ text: String, path: String) -> (InterfaceContract, [Diagnostic]) {
    var contract = InterfaceContract(path: path, title: path)
    let found = ProtobufContractReader.read(text, path: path, firstLine: 1, owner: nil, into: &contract)
    return (contract, found)
  }
}
