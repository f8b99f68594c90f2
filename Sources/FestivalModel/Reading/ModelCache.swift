import ContentReader
import Diagnostics
import Foundation

/// What reading a file gave last time, for a process that builds the same content again and again
/// (`festdoc serve`): a parsed document or contract is reused while its file's text is the same.
public final class ModelCache: @unchecked Sendable {
  private let lock = NSLock()
  private var documents: [String: (text: String, result: (Document, [Diagnostic]))] = [:]
  private var contracts: [String: (key: String, result: (InterfaceContract, [Diagnostic]))] = [:]

  public init() {}

  func document(_ file: ContentFile, read: () -> (Document, [Diagnostic])) -> (Document, [Diagnostic]) {
    lock.lock()
    let known = documents[file.path]
    lock.unlock()
    if let known, known.text == file.text { return known.result }
    let result = read()
    lock.lock()
    documents[file.path] = (file.text, result)
    lock.unlock()
    return result
  }

  func contract(
    path: String, title: String, text: String, read: () -> (InterfaceContract, [Diagnostic])
  ) -> (InterfaceContract, [Diagnostic]) {
    let key = title + "\u{0}" + text
    lock.lock()
    let known = contracts[path]
    lock.unlock()
    if let known, known.key == key { return known.result }
    let result = read()
    lock.lock()
    contracts[path] = (key, result)
    lock.unlock()
    return result
  }
}
