import ArgumentParser
import ContractExport
import Diagnostics
import Foundation
import PageRenderer
import SingleFileExport
import SiteBuild

/// `festdoc export --single-file FILE.html`: the site as one HTML file to attach to a review.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the whole site as one self-contained HTML file, or the contracts as OpenAPI documents.",
    discussion: """
      --single-file: every page becomes a section of the file, with the stylesheet, font, drawings and \
      search index inline, so it opens from an e-mail attachment or a code review tool with no folder \
      beside it. The file is written beside its destination first and moved into place when complete. \
      --openapi DIR: one OpenAPI 3.1 document (JSON) per component that serves endpoints, under a folder \
      per festival, built from the merged contract (docs/contract-sources.md).
      """)

  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var ruleOptions: RuleOptions

  @Option(name: .customLong("single-file"), help: "The HTML file to write.")
  var singleFile: String?

  @Option(name: .customLong("openapi"), help: "A folder to write an OpenAPI 3.1 document per component into.")
  var openAPI: String?

  @Option(
    name: .customLong("asyncapi"), help: "A folder to write an AsyncAPI 3.0 document per festival into.")
  var asyncAPI: String?

  func validate() throws {
    guard singleFile != nil || openAPI != nil || asyncAPI != nil else {
      throw ValidationError("name what to export: --single-file FILE.html, --openapi DIR or --asyncapi DIR")
    }
  }

  @Option(help: "A theme folder whose files replace the default theme's (its single and section templates).")
  var theme: String?

  @Flag(help: "Stop without writing when an error-level diagnostic is found (exit 1).")
  var strict = false

  @Flag(name: [.short, .long], help: "Print only diagnostics.")
  var quiet = false

  func run() throws {
    if openAPI != nil || asyncAPI != nil { try exportAPIs() }
    guard let singleFile else { return }
    var build = BuildContext(content: contentOptions, rules: ruleOptions)
    build.settings.keepsRecord = false
    build.settings.rendersSections = true
    build.settings.themeFolder = theme.map { URL(fileURLWithPath: $0) }
    try build.run(SiteBuild.site)
    let diagnostics = build.diagnostics
    DiagnosticPrinter.print(
      diagnostics, pathPrefix: contentOptions.pathPrefix, terminal: Terminal.standardError)
    let errors = diagnostics.count(of: .error)
    if strict && errors > 0 {
      StandardError.write("festdoc: \(errors) error\(errors == 1 ? "" : "s"); --strict writes nothing\n")
      throw ExitCode(1)
    }
    let rendered = build.rendered!
    let html = SingleFileExport.assemble(
      files: rendered.files, sections: rendered.sections, plan: build.plan!, theme: build.theme!,
      siteTitle: build.model!.siteTitle, version: FestdocVersion.current)
    // A reader sees the old file or the new one, never half of one.
    try FileReplacement.write(Data(html.utf8), to: singleFile)
    if !quiet {
      print(
        "Exported \(build.plan!.pages.count - 1) pages (\(html.utf8.count / 1024) KB) into \(singleFile)")
    }
  }

  /// Every festival's contract as OpenAPI documents (a folder per festival, a document per component)
  /// and as one AsyncAPI document per festival.
  private func exportAPIs() throws {
    var build = BuildContext(content: contentOptions, rules: ruleOptions)
    build.settings.keepsRecord = false
    try build.run([SiteBuild.read, SiteBuild.parse, SiteBuild.model])
    var counts = (openAPI: 0, asyncAPI: 0)
    for festival in build.model?.festivals ?? [] {
      guard let contract = festival.interfaces else { continue }
      let name = festival.isWorkspace ? "workspace" : festival.folderName
      if let openAPI {
        for (file, text) in OpenAPIExport.documents(contract) {
          try write(text, to: openAPI + "/" + name, file)
          counts.openAPI += 1
        }
      }
      if let asyncAPI, let text = AsyncAPIExport.document(contract) {
        try write(text, to: asyncAPI, name + ".asyncapi.json")
        counts.asyncAPI += 1
      }
    }
    guard !quiet else { return }
    if let openAPI {
      print("Exported \(counts.openAPI) OpenAPI document\(counts.openAPI == 1 ? "" : "s") into \(openAPI)/")
    }
    if let asyncAPI {
      print(
        "Exported \(counts.asyncAPI) AsyncAPI document\(counts.asyncAPI == 1 ? "" : "s") into \(asyncAPI)/")
    }
  }

  private func write(_ text: String, to folder: String, _ file: String) throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try FileReplacement.write(Data(text.utf8), to: folder + "/" + file)
  }
}
