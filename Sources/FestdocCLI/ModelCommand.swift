import ArgumentParser
import ContentReader
import FestivalModel
import Foundation

/// `festdoc model`: prints the festival model as JSON.
struct ModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "model",
    abstract: "Print the festival model (festivals, documents, interface contract) as JSON.",
    discussion: "The schema is documented in docs/model.md. Diagnostics go to standard error.")

  @OptionGroup var contentOptions: ContentOptions

  func run() throws {
    let model = try ModelLoading.load(contentOptions)
    DiagnosticPrinter.print(model.diagnostics, pathPrefix: contentOptions.pathPrefix)
    print(try ModelJSON.encode(model))
  }
}
