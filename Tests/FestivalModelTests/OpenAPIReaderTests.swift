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

  static func read(_ text: String, path: String = "pets.yaml", references: [String: String] = [:])
    -> ContractFragment
  {
    OpenAPIReader.read(text, path: path, title: path, references: references)
  }

  /// The two-file pet store: `petstore.yaml` and the `common.yaml` its `$ref`s lead to.
  static func petstore() throws -> ContractFragment {
    read(
      try fixture("petstore.yaml"), path: "petstore.yaml",
      references: ["common.yaml": try fixture("common.yaml")])
  }

  @Test func anOpenAPIDocumentGivesItsComponentEndpointsAndSchemas() throws {
    let fragment = try Self.petstore()
    #expect(fragment.diagnostics.isEmpty)
    let contract = fragment.contract
    #expect(contract.components.map(\.name) == ["Pet Service"])
    #expect(contract.components.first?.responsibility == "Pets for sale, and the people who own them.")
    #expect(contract.components.first?.extra["Servers"] == "https://pets.example.com/v1")
    #expect(contract.components.first?.extra["Security"] == "bearer")
    #expect(
      contract.components.first?.extra["Security schemes"]
        == "bearer (http bearer), oauth (oauth2 clientCredentials)")
    #expect(
      contract.endpoints.map { "\($0.methodWritten) \($0.urlPattern)" } == [
        "GET /pets", "POST /pets", "GET /pets/{petId}", "DELETE /pets/{petId}", "GET /pets/{petId}/photos",
      ])
    let list = contract.endpoints[0]
    #expect(list.name == "List pets" && list.location.line == 15)
    // The operation's own facts: its id, tags, and a security requirement that replaces the document's.
    #expect(list.extra == ["Operation ID": "listPets", "Tags": "pets", "Security": "none"])
    #expect(contract.endpoints[3].extra["Security"] == "oauth [pets:admin]")
    #expect(contract.endpoints[2].extra["Security"] == nil)
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
    let contract = try Self.petstore().contract
    #expect(contract.entities.prefix(5).map(\.name) == ["Pet", "Owner", "Status", "Error", "Animal"])
    let pet = contract.entities[0]
    #expect(pet.form == .schema && pet.purpose == "A pet for sale" && pet.location.line == 109)
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

  /// `$ref`s lead into another file of the content folder: a path item, a parameter and a response
  /// defined there are read there (at that file's lines, its own `$ref`s its own), and the schemas it
  /// defines that the documents name become data elements. Schemas that name each other across the two
  /// files stay names: the cycle Animal -> WildAnimal -> Animal is two references, not an expansion.
  @Test func referencesAcrossTwoFilesAreFollowedAndACycleStaysNames() throws {
    let fragment = try Self.petstore()
    #expect(fragment.diagnostics.isEmpty)
    #expect(fragment.referencedFiles == ["common.yaml"])
    let contract = fragment.contract
    let photos = try #require(contract.endpoints.last)
    #expect(photos.name == "List a pet's photos" && photos.extra["Operation ID"] == "listPhotos")
    #expect(photos.location == SourceLocation(file: "common.yaml", line: 12, column: 5))
    #expect(photos.owner?.component == "Pet Service")
    #expect(photos.parameters.map(\.name) == ["petId", "page_token"])
    #expect(photos.parameters[1].placement == .query && photos.parameters[1].type == "string")
    #expect(photos.parameters[1].description == "Where the previous page ended")
    #expect(photos.parameters[1].location.file == "common.yaml")
    #expect(photos.responses.map(\.structure) == ["array of Photo", "Error"])
    #expect(photos.responses[1].description == "No such pet")
    #expect(photos.responses[1].contentType == "application/problem+json")
    // A response the main document defines, named from the other file.
    #expect(contract.endpoints[0].responses[1].structure == "Error")
    #expect(
      contract.entities.map(\.name) == [
        "Pet", "Owner", "Status", "Error", "Animal", "Photo", "WildAnimal", "Habitat",
      ])
    let photo = contract.entities[5]
    #expect(photo.location == SourceLocation(file: "common.yaml", line: 44, column: 5))
    #expect(photo.fields.map(\.type) == ["string (uri)", "string (date-time)", "Pet"])
    #expect(photo.fields[0].required == true && photo.fields[0].location.file == "common.yaml")
    #expect(photo.owner?.component == "Pet Service")
    let wild = contract.entities[6]
    #expect(wild.purpose == "An animal nobody owns")
    #expect(wild.fields.map(\.type) == ["string", "Habitat", "array of Animal"])
    #expect(contract.entities[4].extra["Composition"] == "oneOf Pet | WildAnimal")
    #expect(contract.entities[7].form == .enumeration)
    #expect(contract.entities[7].values.map(\.name) == ["forest", "savanna", "sea"])
  }

  /// A `$ref` to a file the content folder does not have, or to a place that file lacks, is reported at
  /// the `$ref`'s line; a remote one is never fetched and stays a name saying where it is defined.
  @Test func referencesThatCannotBeFollowedAreReported() {
    let document = """
      openapi: 3.1.0
      info:
        title: Shop
      paths:
        /a:
          get:
            parameters:
              - $ref: 'common.yaml#/components/parameters/Limit'
              - $ref: 'https://example.com/api.yaml#/components/parameters/Page'
            responses:
              '200':
                description: ok
                content:
                  application/json:
                    schema:
                      $ref: 'models/order.yaml'
              '404':
                $ref: 'missing.yaml#/components/responses/NotFound'
      """
    let fragment = Self.read(document, references: ["common.yaml": "components: {}\n"])
    #expect(
      fragment.diagnostics.map(\.message) == [
        "$ref 'common.yaml#/components/parameters/Limit' leads nowhere in common.yaml",
        "$ref 'missing.yaml#/components/responses/NotFound' names missing.yaml, which is not in the content folder",
        "$ref 'models/order.yaml' names models/order.yaml, which is not in the content folder",
      ])
    #expect(fragment.diagnostics.map { $0.location?.line } == [8, 18, 16])
    let endpoint = fragment.contract.endpoints.first
    #expect(endpoint?.parameters.map(\.name) == ["Page"])
    #expect(
      endpoint?.parameters.first?.description
        == "defined in https://example.com/api.yaml#/components/parameters/Page")
    #expect(endpoint?.responses.map(\.structure) == ["order"])
    // A file that is not YAML is reported once, at its own line.
    let broken = Self.read(
      "openapi: 3.1.0\ninfo:\n  title: B\ncomponents:\n  schemas:\n    A:\n      $ref: 'x.yaml#/A'\n    B:\n      $ref: 'x.yaml#/B'\n",
      references: ["x.yaml": "A: [unclosed\n"])
    #expect(broken.diagnostics.count == 1)
    #expect(broken.diagnostics.first?.location?.file == "x.yaml")
    #expect(broken.diagnostics.first?.message.hasPrefix("the file a $ref names is not valid YAML") == true)
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
    // A schema named by a $ref the document does not define.
    let schema = Self.read(
      "openapi: 3.1.0\ninfo:\n  title: S\ncomponents:\n  schemas:\n    A:\n      properties:\n        b:\n          $ref: '#/components/schemas/B'\n"
    )
    #expect(
      schema.diagnostics.map(\.message) == ["$ref '#/components/schemas/B' leads nowhere in the document"])
    #expect(schema.diagnostics.first?.location?.line == 9)
    // A chain of $refs that loops is stopped where it closes, not followed forever.
    let loop = Self.read(
      "openapi: 3.0.3\ninfo:\n  title: L\ncomponents:\n  parameters:\n    A:\n      $ref: '#/components/parameters/B'\n    B:\n      $ref: '#/components/parameters/A'\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/A'\n      responses: {}\n"
    )
    #expect(
      loop.diagnostics.map(\.message) == [
        "$ref '#/components/parameters/A' closes a cycle of $refs; it is not followed"
      ])
    #expect(loop.diagnostics.first?.location?.line == 9)
    // A chain longer than the limit, with no cycle, is stopped at its start.
    let links = (0..<40).map { "    P\($0):\n      $ref: '#/components/parameters/P\($0 + 1)'\n" }.joined()
    let chain = Self.read(
      "openapi: 3.1.0\ninfo:\n  title: C\npaths:\n  /a:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P0'\n      responses: {}\ncomponents:\n  parameters:\n"
        + links + "    P40:\n      name: p\n      in: query\n")
    #expect(chain.diagnostics.map(\.message) == ["a chain of more than 32 $refs is not followed"])
    #expect(chain.diagnostics.first?.location?.line == 8)
    #expect(chain.contract.endpoints.first?.parameters.isEmpty == true)
  }

  /// A document with more operations than the limit: the first 10,000 are read, and the next one's line
  /// gets a `limits.source-declarations` warning.
  @Test func aDocumentPastTheOperationLimitIsReadUpToIt() {
    let limit = OpenAPIReader.operationLimit
    let paths = (0...limit).map { "\"/items/\($0)\": {\"get\": {\"responses\": {}}}" }
    let text =
      "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"Big\"}, \"paths\": {\n"
      + paths.joined(separator: ",\n") + "}}\n"
    let fragment = Self.read(text, path: "big.json")
    #expect(fragment.contract.endpoints.count == limit)
    #expect(fragment.diagnostics.map(\.rule) == [.limitsSourceDeclarations])
    #expect(
      fragment.diagnostics.first?.location == SourceLocation(file: "big.json", line: limit + 2, column: 18))
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
    // common.yaml is not in this festival: the path item it would give is missing, and said so.
    #expect(
      model.diagnostics.contains {
        $0.message
          == "$ref 'common.yaml#/paths/photos' names shop/002_PLAN/contracts/common.yaml, which is not in the content folder"
      })
    #expect(festival.documents.first { $0.path.hasSuffix("petstore.yaml") }?.title == "Pet Store")
  }

  /// A YAML file that declares no API is content only when an API document's `$ref`s reach it; it is no
  /// page of its own, but its parts join the contract at its own lines, and it counts among the
  /// contract's source files, so an edit to it rebuilds the contract's pages.
  @Test func aFileADocumentRefersToIsReadThroughIt() throws {
    let inventory = ContentReader.read(files: [
      "shop/FESTIVAL_GOAL.md": Data("# Shop\n".utf8),
      "shop/002_PLAN/contracts/petstore.yaml": Data(try Self.fixture("petstore.yaml").utf8),
      "shop/002_PLAN/contracts/common.yaml": Data(try Self.fixture("common.yaml").utf8),
      "shop/002_PLAN/contracts/unrelated.yaml": Data("retries: 3\n".utf8),
    ])
    #expect(inventory.referencedFiles.map(\.path) == ["shop/002_PLAN/contracts/common.yaml"])
    let model = FestivalModelBuilder.build(inventory)
    let festival = try #require(model.festivals.first)
    #expect(!festival.documents.map(\.path).contains { $0.hasSuffix("common.yaml") })
    let contract = try #require(festival.interfaces)
    #expect(contract.endpoints.count == 5 && contract.entities.count == 8)
    #expect(contract.sourceFiles.contains("shop/002_PLAN/contracts/common.yaml"))
    #expect(
      contract.entities.first { $0.name == "Photo" }?.location.file == "shop/002_PLAN/contracts/common.yaml")
    #expect(!model.diagnostics.contains { $0.rule == .sourcesOpenAPI })
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
