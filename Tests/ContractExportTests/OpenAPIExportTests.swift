import ContentReader
import ContractExport
import FestivalModel
import Foundation
import TestSupport
import Testing

/// `festdoc export --openapi`: one OpenAPI 3.1 document per component, valid by PyPI's
/// openapi-spec-validator, and read back into the same endpoints and schemas.
@Suite struct OpenAPIExportTests {
  static let petstore = SharedFolder.projectRoot.appendingPathComponent(
    "Tests/Fixtures/openapi/petstore.yaml")
  /// The file petstore.yaml's `$ref`s lead to.
  static let common = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/openapi/common.yaml")

  static func contract(_ files: [String: String]) throws -> InterfaceContract {
    let model = FestivalModelBuilder.build(
      ContentReader.read(
        files: files.mapValues { Data($0.utf8) }.merging(["f/FESTIVAL_GOAL.md": Data("# F\n".utf8)]) { $1 }))
    return try #require(model.festivals.first { $0.folderName == "f" }?.interfaces)
  }

  /// What a round trip must keep of an endpoint and a schema.
  static func summary(_ contract: InterfaceContract, owner: String) -> [String] {
    let endpoints = contract.endpoints.filter { $0.owner?.component == owner }.map { endpoint in
      "\(endpoint.methodWritten) \(endpoint.urlPattern) \(endpoint.name) "
        + endpoint.parameters.map { "\($0.name):\($0.placementWritten):\($0.type)" }.joined(separator: ",")
        + " "
        + endpoint.responses.map { "\($0.statusWritten)=\($0.structure)" }.joined(separator: ",") + " "
        + endpoint.extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
    // JSON objects have no order: properties compare as sets.
    let schemas = contract.entities.sorted { $0.name < $1.name }.map { entity in
      "\(entity.name) "
        + entity.fields.map { "\($0.name):\($0.type):\($0.required == true)" }.sorted().joined(separator: ",")
        + entity.values.map(\.name).joined(separator: ",")
    }
    return endpoints + schemas
  }

  @Test func anExportedDocumentReadsBackIntoTheSameElements() throws {
    let original = try Self.contract([
      "f/api/petstore.yaml": try String(contentsOf: Self.petstore, encoding: .utf8),
      "f/api/common.yaml": try String(contentsOf: Self.common, encoding: .utf8),
    ])
    let documents = OpenAPIExport.documents(original)
    #expect(documents.map(\.name) == ["pet-service.openapi.json", "admin-service.openapi.json"])
    let pets = try #require(documents.first?.text)
    let back = try Self.contract(["f/api/pet-service.openapi.json": pets])
    // The path item, parameter and schemas common.yaml defines are in the one exported document.
    #expect(back.endpoints.contains { $0.urlPattern == "/pets/{petId}/photos" })
    #expect(back.entities.map(\.name).sorted() == original.entities.map(\.name).sorted())
    #expect(Self.summary(back, owner: "Pet Service") == Self.summary(original, owner: "Pet Service"))
    // Byte for byte the same document from the same contract.
    #expect(OpenAPIExport.documents(original).map(\.text) == documents.map(\.text))
  }

  /// Operation ids, tags and security requirements are written as OpenAPI writes them; an OAuth 2 scheme,
  /// whose flows the model does not keep, is named in `x-festdoc`, and so is a requirement naming it.
  @Test func securityAndOperationIdsAreWrittenBack() throws {
    let original = try Self.contract([
      "f/api/petstore.yaml": try String(contentsOf: Self.petstore, encoding: .utf8),
      "f/api/common.yaml": try String(contentsOf: Self.common, encoding: .utf8),
    ])
    let documents = OpenAPIExport.documents(original)
    func json(_ text: String) throws -> [String: Any] {
      try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
    let pets = try json(try #require(documents.first?.text))
    #expect((pets["security"] as? [[String: [String]]]) == [["bearer": []]])
    let schemes = (pets["components"] as? [String: Any])?["securitySchemes"] as? [String: [String: String]]
    #expect(schemes == ["bearer": ["type": "http", "scheme": "bearer"]])
    #expect(
      (pets["x-festdoc"] as? [String: Any])?["security schemes"] as? [String]
        == ["oauth (oauth2 clientCredentials)"])
    let list = try #require((pets["paths"] as? [String: Any])?["/pets"] as? [String: Any])
    let get = try #require(list["get"] as? [String: Any])
    #expect(get["operationId"] as? String == "listPets" && get["tags"] as? [String] == ["pets"])
    #expect((get["security"] as? [Any])?.isEmpty == true)
    let admin = try json(try #require(documents.last?.text))
    let delete = try #require(
      ((admin["paths"] as? [String: Any])?["/pets/{petId}"] as? [String: Any])?["delete"] as? [String: Any])
    #expect(delete["security"] == nil)
    #expect((delete["x-festdoc"] as? [String: Any])?["security"] as? String == "oauth [pets:admin]")
    #expect(delete["operationId"] as? String == "deletePet")
  }

  @Test func whatOpenAPICannotCarryGoesIntoExtensionsAndNothingIsInvented() throws {
    let contract = try Self.contract([
      "f/002_PLAN/api.md":
        "# API\n\n## POST /v1/carts/:cartId/items\n\n| Field | Type | Required | Description |\n|---|---|---|---|\n"
        + "| sku | Stock keeping unit | Yes | what to add |\n| quantity | Integer | No | how many |\n| note |  | No | free text |\n"
    ])
    let document = try #require(OpenAPIExport.documents(contract).first)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(document.text.utf8)) as? [String: Any])
    let paths = try #require(json["paths"] as? [String: Any])
    let operation = try #require(
      (paths["/v1/carts/{cartId}/items"] as? [String: Any])?["post"] as? [String: Any])
    #expect((operation["x-festdoc"] as? [String: String])?["defined"] == "f/002_PLAN/api.md:3")
    let text = document.text
    #expect(text.contains("\"x-festdoc-type\" : \"Stock keeping unit\""))
    #expect(text.contains("\"x-festdoc-note\" : \"no type given\""))
    #expect(text.contains("\"type\" : \"integer\""))
  }

  /// PyPI's openapi-spec-validator, which `make test` installs into `.build/test-venv`.
  static let validator: URL? = {
    let path = SharedFolder.projectRoot.appendingPathComponent(".build/test-venv/bin/openapi-spec-validator")
    return FileManager.default.isExecutableFile(atPath: path.path) ? path : nil
  }()

  @Test(.enabled(if: validator != nil, "needs openapi-spec-validator (make test installs it from PyPI)"))
  func theExportedDocumentsAreValidOpenAPI() throws {
    let folder = try TemporaryFolder(files: [:])
    defer { folder.remove() }
    let result = try FestdocProcess.run(["export", "Content", "--openapi", folder.url.path])
    #expect(result.status == 0, "\(result.standardError)")
    let files = FolderContents.files(under: folder.url).keys.sorted()
    #expect(files.count >= 5 && files.contains("carrier-webhooks-CW0002/backfill-job.openapi.json"))
    try Self.validate(files, in: folder)
    // The two-file pet store, with its security schemes and requirements.
    let content = try TemporaryFolder(files: [
      "f/FESTIVAL_GOAL.md": "# F\n",
      "f/api/petstore.yaml": try String(contentsOf: Self.petstore, encoding: .utf8),
      "f/api/common.yaml": try String(contentsOf: Self.common, encoding: .utf8),
    ])
    defer { content.remove() }
    let output = try TemporaryFolder(files: [:])
    defer { output.remove() }
    let pets = try FestdocProcess.run(["export", content.url.path, "--openapi", output.url.path])
    #expect(pets.status == 0, "\(pets.standardError)")
    let exported = FolderContents.files(under: output.url).keys.sorted()
    #expect(exported == ["f/admin-service.openapi.json", "f/pet-service.openapi.json"])
    try Self.validate(exported, in: output)
  }

  static func validate(_ files: [String], in folder: TemporaryFolder) throws {
    for file in files {
      let (status, text) = try ToolRun.run(
        try #require(Self.validator), [folder.url.appendingPathComponent(file).path])
      #expect(status == 0 && text.contains("OK"), "\(file): \(text)")
    }
  }

}

/// `festdoc export --asyncapi`: one AsyncAPI 3.0 document per festival, valid against the published
/// AsyncAPI 3.0.0 JSON Schema, and read back into the same events and channels.
@Suite struct AsyncAPIExportTests {
  static let notifications = SharedFolder.projectRoot.appendingPathComponent(
    "Tests/Fixtures/asyncapi/notifications-3.0.yaml")

  static func summary(_ contract: InterfaceContract) -> [String] {
    contract.events.map { event in
      "\(event.name) payload=\(event.payload) from=\(event.publisher?.written ?? "-") to="
        + event.subscribers.map(\.written).joined(separator: ",") + " on=\(event.extra["Channel"] ?? "")"
    }.sorted() + contract.queues.map { "\($0.name): \($0.purpose)" }.sorted()
      + contract.entities.map { entity in
        "\(entity.name) " + entity.fields.map { "\($0.name):\($0.type)" }.sorted().joined(separator: ",")
      }.sorted()
  }

  @Test func anExportedDocumentReadsBackIntoTheSameEventsAndChannels() throws {
    let original = try OpenAPIExportTests.contract([
      "f/api/notifications.yaml": try String(contentsOf: Self.notifications, encoding: .utf8)
    ])
    let text = try #require(AsyncAPIExport.document(original))
    let back = try OpenAPIExportTests.contract(["f/api/notifications.asyncapi.json": text])
    #expect(Self.summary(back) == Self.summary(original))
    #expect(AsyncAPIExport.document(original) == text)
  }

  /// The published AsyncAPI 3.0.0 schema (Tests/Fixtures/schemas/README.md says where it comes from),
  /// checked with the `jsonschema` that `make test` installs beside openapi-spec-validator.
  static let python: URL? = {
    let path = SharedFolder.projectRoot.appendingPathComponent(".build/test-venv/bin/python")
    return FileManager.default.isExecutableFile(atPath: path.path) ? path : nil
  }()

  @Test(.enabled(if: python != nil, "needs jsonschema (make test installs it from PyPI)"))
  func theExportedDocumentsAreValidAsyncAPI() throws {
    let folder = try TemporaryFolder(files: [:])
    defer { folder.remove() }
    let result = try FestdocProcess.run(["export", "Content", "--asyncapi", folder.url.path])
    #expect(result.status == 0, "\(result.standardError)")
    let files = FolderContents.files(under: folder.url).keys.sorted()
    #expect(files.contains("parcel-tracking-PT0001.asyncapi.json"))
    let schema = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/schemas/asyncapi-3.0.0.json")
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      failed = 0
      for path in sys.argv[2:]:
          for error in jsonschema.Draft7Validator(schema).iter_errors(json.load(open(path))):
              failed += 1
              print(path, error.message[:200])
      sys.exit(1 if failed else 0)
      """
    let (status, text) = try ToolRun.run(
      try #require(Self.python),
      ["-c", script, schema.path] + files.map { folder.url.appendingPathComponent($0).path })
    #expect(status == 0, "\(text)")
  }
}
