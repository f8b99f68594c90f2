import Diagnostics
import Testing

@testable import FestivalModel

/// The protobuf reader: declarations as written, comments kept, and a slip costing one statement.
@Suite struct ProtobufReaderTests {
  func read(_ text: String, firstLine: Int = 1) -> (InterfaceContract, [Diagnostic]) {
    var contract = InterfaceContract(path: "api.proto", title: "api.proto")
    let found = ProtobufContractReader.read(
      text, path: "api.proto", firstLine: firstLine, owner: nil, into: &contract)
    return (contract, found)
  }

  @Test func servicesMessagesEnumsAndTheirComments() {
    let (contract, found) = read(
      """
      syntax = "proto3";
      package billing.v1;
      import public "google/protobuf/timestamp.proto";
      option go_package = "example.com/billing";

      /* Charges customers.
       * Idempotent by request id. */
      service Billing {
        option (google.api.default_host) = "billing.example.com";
        rpc Charge(ChargeRequest) returns (Charge) {
          option (google.api.http) = { post: "/v1/charges" body: "*" };
        }
        rpc Stream(stream Usage) returns (stream Invoice);
      }

      message ChargeRequest {
        string customer_id = 1 [(validate.rules).string.min_len = 1];  // who pays
        int64 amount_minor = 2;
        reserved 3, 4;
        reserved "legacy";
        optional string memo = 5;
        Money.Currency currency = 6;
        message Money { enum Currency { EUR = 0; USD = 1; } }
      }
      message Charge {}
      enum State {
        option allow_alias = true;
        STATE_UNSPECIFIED = 0;
        // settled at the bank
        STATE_SETTLED = 1;
        STATE_DONE = 1 [deprecated = true];
      }
      extend google.protobuf.FieldOptions { string sensitive = 50001; }
      """)
    #expect(found.isEmpty)
    #expect(contract.components.map(\.name) == ["Billing"])
    #expect(contract.components[0].responsibility == "Charges customers.\nIdempotent by request id.")
    #expect(contract.components[0].extra["Package"] == "billing.v1")
    let operations = contract.serviceInterfaces[0].operations
    #expect(operations.map(\.name) == ["Charge", "Stream"])
    #expect(operations[1].clientStreaming && operations[1].serverStreaming)
    #expect(operations[0].location.line == 10)
    #expect(
      contract.entities.map(\.name) == [
        "ChargeRequest", "ChargeRequest.Money", "Charge", "ChargeRequest.Money.Currency", "State",
      ])
    let request = contract.entities[0]
    #expect(request.fields.map(\.name) == ["customer_id", "amount_minor", "memo", "currency"])
    #expect(request.fields[0].description == "who pays")
    #expect(request.fields[2].required == false && request.fields[2].requiredWritten == "optional")
    #expect(request.fields[3].type == "Money.Currency")
    #expect(request.owner?.component == "Billing")
    let state = contract.entities[4]
    #expect(state.values.map(\.name) == ["STATE_UNSPECIFIED", "STATE_SETTLED", "STATE_DONE"])
    #expect(state.values[1].description == "settled at the bank")
  }

  @Test func aSyntaxErrorIsReportedWhereItIsAndTheRestIsRead() {
    let (contract, found) = read(
      """
      message A {
        string name = ;
        int32 count = 2;
      }
      service S {
        rpc Get(A) returns A;
        rpc List(A) returns (B);
      }
      message B { string id = 1; }
      """, firstLine: 41)
    #expect(found.map(\.rule) == [.sourcesProtobufSyntax, .sourcesProtobufSyntax])
    #expect(found.map { $0.location?.line } == [42, 46])
    #expect(found.map { $0.location?.column } == [17, 22])
    #expect(found[0].message == "expected a field number, found ';'")
    #expect(contract.entities.map(\.name) == ["A", "B"])
    // The field with no number is kept without one; the error says so.
    #expect(contract.entities[0].fields.map(\.name) == ["name", "count"])
    #expect(contract.serviceInterfaces[0].operations.map(\.name) == ["List"])
  }

  @Test func unterminatedCommentsStringsAndBlocksEndTheFileWithOneError() {
    for (text, message) in [
      (
        "message A { string a = 1; }\n/* never closed\nmessage B {}",
        "expected a declaration, found a comment that is never closed"
      ),
      (
        "option x = \"never closed;\nmessage B {}",
        "expected the end of the statement, found a string that is never closed"
      ),
      ("message A {\n  string a = 1;\n", "the file ends where '}' was expected"),
    ] {
      let (_, found) = read(text)
      #expect(found.count == 1, "\(text)")
      #expect(found.first?.message == message, "\(text)")
    }
  }

  @Test func deepNestingAndHugeFilesStopAtTheirLimits() {
    let deep = String(repeating: "message M {", count: 200) + String(repeating: "}", count: 200)
    let (nested, nestingFindings) = read(deep)
    #expect(nested.entities.count == ProtoParser.maximumDepth)
    #expect(nestingFindings.count == 1)
    // 50,000 lines: 12,500 messages of three fields; the first 10,000 are read, with one warning.
    let huge = (0..<12_500).map { "message M\($0) {\n  string a = 1;\n  int32 b = 2;\n}" }.joined(
      separator: "\n")
    let (contract, found) = read(huge)
    #expect(contract.entities.count == ContractLimits.sourceDeclarations)
    #expect(found.map(\.rule) == [.limitsSourceDeclarations])
    #expect(found.first?.location?.line == 40_001)
  }

  @Test func garbageNeverHangsOrCrashes() {
    for text in [
      "}}}}", "{{{{", "service", "rpc", "message {", "enum E { = ; }", "service S { rpc ( ) returns", "\"",
      "/*", "=;=;", "map<", "message M { map<string, int32 m = 1; }",
    ] {
      _ = read(text)
    }
  }
}
