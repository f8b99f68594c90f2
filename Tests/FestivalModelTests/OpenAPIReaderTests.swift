import ContentReader
import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import FestivalModel

/// OpenAPI 3.1 and Swagger 2 documents read into the model: the component, endpoints with parameters,
/// request bodies and responses, schemas with typed fields; `$ref`s followed, cycles kept as names,
/// every element at the line of its key; bad documents reported, the rest read.
@Suite struct OpenAPIReaderTests {
  static let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/openapi")

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  static func read(_ text: String, path: String = "pets.yaml") -> ContractFragment {
    OpenAPIReader.read(text, path: path, title: path)
  }

  @Test func anOpenAPIDocumentGivesItsComponentEndpointsAndSchemas() throws {
    let fragment = Self.read(try Self.fixture("petstore.yaml"))
    #expect(fragment.diagnostics.isEmpty)
    let contract = fragment.contract
    #expect(contract.components.map(\.name) == ["Pet Service"])
    #expect(contract.components.first?.responsibility == "Pets for sale, and the people who own them.")
    #expect(contract.components.first?.extra["Servers"] == "https://pets.example.com/v1")
    #expect(contract.components.first?.extra["Security"] == "bearer")
    #expect(contract.components.first?.extra["Security schemes"] == "bearer (http bearer)")
    #expect(
      contract.endpoints.map { "\($0.methodWritten) \($0.urlPattern)" } == [
        "GET /pets", "POST /pets", "GET /pets/{petId}", "DELETE /pets/{petId}",
      ])
    let list = contract.endpoints[0]
    #expect(list.name == "List pets" && list.location.line == 15)
    #expect(list.parameters.map(\.name) == ["limit", "status"])
    #expect(list.parameters[0].type == "integer" && list.parameters[0].placement == .query)
    #expect(list.responses.map(\.statusWritten) == ["200", "default"])
    #expect(
      list.responses[0].structure == "array of Pet" && list.responses[0].contentType == "application/json")
    #expect(list.responses[1].structure == "Error" && list.responses[1].description == "Something went wrong")
    let create = contract.endpoints[1]
    #expect(create.parameters.map(\.name) == ["body"] && create.parameters[0].type == "Pet")
    #expect(create.parameters[0].required == true)
    let show = contract.endpoints[2]
    #expect(show.pathParameters == ["petId"] && show.parameters.first?.type == "integer (int64)")
    #expect(show.owner?.component == "Pet Service")
    #expect(contract.endpoints[3].owner?.component == "Admin Service")
  }

  @Test func schemasBecomeDataElementsWithTypedFields() throws {
    let contract = Self.read(try Self.fixture("petstore.yaml")).contract
    #expect(contract.entities.map(\.name) == ["Pet", "Owner", "Status", "Error", "Animal"])
    let pet = contract.entities[0]
    #expect(pet.form == .schema && pet.purpose == "A pet for sale" && pet.location.line == 97)
    #expect(
      pet.fields.map(\.name) == [
        "id", "name", "status", "owner", "tags", "nickname", "address", "address.city", "address.street",
      ])
    #expect(pet.fields[0].type == "integer (int64)" && pet.fields[0].required == true)
    #expect(pet.fields[1].validation == "length >= 1")
    #expect(pet.fields[2].type == "Status" && pet.fields[3].type == "Owner")
    #expect(pet.fields[4].type == "array of string" && pet.fields[5].type == "string | null")
    // Pet and Owner name each other: the cycle stays two names.
    #expect(contract.entities[1].fields.map(\.type) == ["string", "array of Pet"])
    #expect(contract.entities[2].form == .enumeration)
    #expect(contract.entities[2].values.map(\.name) == ["available", "pending", "sold"])
    #expect(contract.entities[4].extra["Composition"] == "oneOf Pet | WildAnimal")
    #expect(pet.owner?.component == "Pet Service")
  }

  @Test func aSwaggerTwoDocument() throws {
    let fragment = Self.read(try Self.fixture("legacy-orders.json"), path: "legacy-orders.json")
    #expect(fragment.diagnostics.isEmpty)
    let contract = fragment.contract
    #expect(contract.components.map(\.name) == ["Legacy Orders"])
    #expect(contract.components.first?.extra["Servers"] == "orders.example.com/api")
    #expect(contract.endpoints.map(\.name) == ["Get an order", "placeOrder"])
    let get = contract.endpoints[0]
    #expect(get.parameters.map(\.type) == ["string", "array of string"])
    #expect(get.responses.map(\.structure) == ["Order", ""])
    #expect(contract.endpoints[1].parameters.first?.placement == .body)
    #expect(contract.endpoints[1].parameters.first?.type == "Order")
    #expect(contract.entities.map(\.name) == ["Order", "Line"])
    #expect(contract.entities[0].fields.map(\.type) == ["string", "number", "array of Line"])
    #expect(contract.entities[0].fields[1].validation == ">= 0")
    #expect(contract.entities[1].fields[1].defaultValue == "1")
  }

  /// What another file defines is not read yet; a parameter or response that refers to one is kept by
  /// name, saying where it is defined, rather than left out.
  @Test func referencesToOtherFilesAreKeptByName() {
    let fragment = Self.read(
      """
      openapi: 3.1.0
      info:
        title: Shop
      paths:
        /a:
          get:
            parameters:
              - $ref: 'common.yaml#/components/parameters/Limit'
            responses:
              '404':
                $ref: 'common.yaml#/components/responses/NotFound'
      """)
    #expect(fragment.diagnostics.isEmpty)
    let endpoint = fragment.contract.endpoints.first
    #expect(endpoint?.parameters.map(\.name) == ["Limit"])
    #expect(endpoint?.parameters.first?.description == "defined in common.yaml#/components/parameters/Limit")
    #expect(endpoint?.responses.first?.description == "defined in common.yaml#/components/responses/NotFound")
  }

  @Test func badDocumentsAreReportedWithTheirPlaceAndTheRestIsRead() {
    let invalid = Self.read("openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    #expect(invalid.diagnostics.map(\.rule) == [.sourcesOpenAPI])
    #expect(
      invalid.diagnostics.first?.message.hasPrefix("the API document is not valid YAML or JSON") == true)
    let version = Self.read("openapi: 4.0.0\ninfo:\n  title: Next\n")
    #expect(version.diagnostics.first?.message.contains("'4.0.0'") == true)
    #expect(version.diagnostics.first?.location?.line == 1 && version.contract.endpoints.isEmpty)
    let dangling = Self.read(
      """
      openapi: 3.0.3
      info:
        title: Shop
      paths:
        /a:
          get:
            parameters:
              - $ref: '#/components/parameters/Missing'
            responses:
              '200':
                description: ok
      """)
    #expect(
      dangling.diagnostics.map(\.message) == [
        "$ref '#/components/parameters/Missing' leads nowhere in the document"
      ])
    #expect(dangling.diagnostics.first?.location?.line == 8)
    #expect(dangling.contract.endpoints.count == 1)
    // A chain of $refs that loops is stopped, not followed forever.
    let loop = Self.read(
      "openapi: 3.0.3\ninfo:\n  title: L\ncomponents:\n  parameters:\n    A:\n      $ref: '#/components/parameters/B'\n    B:\n      $ref: '#/components/parameters/A'\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/A'\n      responses: {}\n"
    )
    #expect(loop.diagnostics.first?.message.contains("chain of more than") == true)
  }

  /// Only YAML and JSON files that declare an OpenAPI or Swagger version are content; their elements
  /// join the festival's contract.
  @Test func aFestivalReadsItsAPIDocuments() throws {
    let model = FestivalModelBuilder.build(
      ContentReader.read(files: [
        "shop/FESTIVAL_GOAL.md": Data("# Shop\n".utf8),
        "shop/002_PLAN/contracts/petstore.yaml": Data(try Self.fixture("petstore.yaml").utf8),
        "shop/002_PLAN/config/settings.yaml": Data("retries: 3\n".utf8),
        "shop/.fest/status_history.json": Data("[]".utf8),
      ]))
    let festival = try #require(model.festivals.first)
    #expect(festival.documents.map(\.path).contains("shop/002_PLAN/contracts/petstore.yaml"))
    #expect(!festival.documents.map(\.path).contains("shop/002_PLAN/config/settings.yaml"))
    let contract = try #require(festival.interfaces)
    #expect(contract.endpoints.count == 4 && contract.components.map(\.name).contains("Pet Service"))
    #expect(festival.documents.first { $0.path.hasSuffix("petstore.yaml") }?.title == "Pet Store")
  }

  /// An endpoint an OpenAPI document and a task both define merges into one; where they disagree, the
  /// task's place gets a `sources.conflict` naming the document's.
  @Test func aConflictWithMarkdownIsReportedAsForOtherSources() throws {
    let api = """
      openapi: 3.1.0
      info:
        title: Orders
        x-owner: Order Service
      paths:
        /orders/{id}:
          get:
            summary: Get an order
            parameters:
              - name: id
                in: path
                required: true
                schema:
                  type: string
            responses:
              '404':
                description: No such order
      """
    let task =
      "# Task: Order API\n\n## GET /orders/{id}\n\n| Field | Type | Required |\n|---|---|---|\n| id | integer | Yes |\n"
    let model = FestivalModelBuilder.build(
      ContentReader.read(files: [
        "f/FESTIVAL_GOAL.md": Data("# F\n".utf8), "f/002_PLAN/contracts/api.yaml": Data(api.utf8),
        "f/003_IMPLEMENT/01_api/01_order_api.md": Data(task.utf8),
      ]))
    let contract = try #require(model.festivals.first?.interfaces)
    #expect(contract.endpoints.filter { $0.urlPattern == "/orders/{id}" }.count == 1)
    let conflict = try #require(model.diagnostics.first { $0.rule == .sourcesConflict })
    #expect(conflict.location?.file == "f/003_IMPLEMENT/01_api/01_order_api.md")
    #expect(
      conflict.message.contains("f/002_PLAN/contracts/api.yaml:7")
        && conflict.message.contains("types differ: id"))
  }
}
