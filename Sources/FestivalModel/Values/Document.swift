import Diagnostics
import Markdown

/// A markdown file read into the model: front matter, status, progress and its parsed body.
public struct Document: Hashable, Sendable {
  public var path: String
  public var kind: DocumentKind
  public var title: String
  public var frontMatter: FrontMatter
  public var status: WorkStatus?
  public var progress: Progress
  /// The body after the front matter; block positions are lines of the whole file.
  public var body: MarkdownDocument
  /// The line of the status key in the front matter, for diagnostics about it.
  public var statusLine: Int?

  public init(
    path: String, kind: DocumentKind, title: String, frontMatter: FrontMatter, status: WorkStatus?,
    progress: Progress, body: MarkdownDocument
  ) {
    self.path = path
    self.kind = kind
    self.title = title
    self.frontMatter = frontMatter
    self.status = status
    self.progress = progress
    self.body = body
  }
}
