import Diagnostics
import Markdown

/// Walks one markdown document section by section, keeping track of who owns what it finds and what a
/// field table belongs to, and reads each block that states an interface.
struct MarkdownContractScanner {
  let path: String
  let title: String
  var contract: InterfaceContract
  var diagnostics: [Diagnostic] = []
  /// Operations by folded name, messages by folded name, endpoints by route: for attaching tables.
  var operations: [String: (service: Int, operation: Int)] = [:]
  var messages: [String: Int] = [:]
  var endpoints: [String: Int] = [:]
  /// Elements read from lists, headings and code spans, against `ContractLimits.sourceElements`.
  var mentions = 0

  init(path: String, title: String) {
    self.path = path
    self.title = title
    contract = InterfaceContract(path: path, title: title)
  }

  mutating func scan(_ body: MarkdownDocument) {
    let root = DocumentSection.tree(of: body)
    // Protobuf first, so headings that name its rpcs and messages are known when the walk meets them.
    readProtobuf(in: root, owner: titleOwner)
    visit(root, context: SourceContext(owner: titleOwner))
  }

  /// `owner` is who the sections above name (a `**Service**:` line, a component heading), for rpcs a
  /// block writes without their service.
  private mutating func readProtobuf(in section: DocumentSection, owner parent: Ownership? = nil) {
    var context = SourceContext(owner: parent)
    if section.level > 1, let name = Self.componentName(in: Self.stripNumbering(section.title)) {
      context.owner = Ownership(component: name, inferred: true, basis: "the heading '\(section.title)'")
    }
    applyFieldLines(section, to: &context)
    for case .codeBlock(let code) in section.blocks where Self.isProtobuf(code) {
      diagnostics += ProtobufContractReader.read(
        code.code, path: path, firstLine: code.firstCodeLine, owner: context.owner, into: &contract)
    }
    for child in section.children { readProtobuf(in: child, owner: context.owner) }
    if section.level == 0 { reindex() }
  }

  static func isProtobuf(_ code: CodeBlock) -> Bool {
    ["proto", "protobuf", "proto3", "proto2"].contains(code.language ?? "")
  }

  mutating func reindex() {
    for (s, service) in contract.serviceInterfaces.enumerated() {
      for (o, operation) in service.operations.enumerated() where operations[fold(operation.name)] == nil {
        operations[fold(operation.name)] = (s, o)
      }
    }
    for (index, entity) in contract.entities.enumerated() where messages[fold(entity.name)] == nil {
      messages[fold(entity.name)] = index
      if let last = entity.name.split(separator: ".").last, messages[fold(String(last))] == nil {
        messages[fold(String(last))] = index
      }
    }
  }

  private mutating func visit(_ section: DocumentSection, context parent: SourceContext) {
    var context = parent
    if section.level > 0 {
      context.headingTitles.append(section.title)
      applyHeading(section, to: &context)
    }
    applyFieldLines(section, to: &context)
    for block in section.blocks {
      switch block {
      case .paragraph(let paragraph):
        if readErrorLine(paragraph, context: context) {
          continue
        } else if let label = Self.label(paragraph) {
          applyLabel(label, line: paragraph.range.start.line, to: &context)
        } else {
          readCodeSpans(paragraph.content, line: paragraph.range.start.line, context: context)
        }
      case .list(let list): readList(list, context: context)
      case .table(let table):
        if !readAuthorization(table, context: context) {
          readTable(TableView(table, file: path), context: context)
        }
      case .codeBlock(let code) where !Self.isProtobuf(code): readRegistry(code, context: context)
      default: break
      }
    }
    for child in section.children { visit(child, context: context) }
  }

  /// `**Service**: Billing`, `**Component**: ...`, `**Owner**: ...`: who owns what the section defines.
  private func applyFieldLines(_ section: DocumentSection, to context: inout SourceContext) {
    let fields = section.fields
    for key in ["service", "component", "owner", "ownedby", "servicename"] {
      if let field = fields[key], !field.value.isEmpty, !PlaceholderDetector.isTemplateValue(field.value) {
        context.owner = Ownership(
          component: Self.cleanName(field.value), inferred: false, basis: "the **\(field.key)** line")
        return
      }
    }
  }

  /// The last resort for who owns what the document defines: a component its title names ("Task:
  /// Billing Service API"); an endpoint's path outranks it when the contracts are merged.
  var titleOwner: Ownership? {
    let after = title.split(separator: ":").last.map { String($0).trimmingSpaces() } ?? title
    guard let name = Self.componentName(in: after) ?? Self.componentName(in: title) else { return nil }
    return Ownership(component: name, inferred: true, basis: ContractMerger.titleBasis)
  }

  func fold(_ text: String) -> String { TextFolding.fold(text) }

  func at(_ line: Int, _ column: Int = 1) -> SourceLocation {
    SourceLocation(file: path, line: line, column: column)
  }

  /// A name as written in a cell or heading, without backticks, emphasis or a trailing colon.
  static func cleanName(_ text: String) -> String {
    var name = text.trimmingSpaces()
    while let first = name.first, "`*_\"'".contains(first) { name.removeFirst() }
    while let last = name.last, "`*_\"':".contains(last) { name.removeLast() }
    return name.trimmingSpaces()
  }
}
