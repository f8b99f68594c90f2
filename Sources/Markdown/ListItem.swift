/// One list item; `task` is set for GFM task items (`- [ ]`, `- [x]`).
public struct ListItem: Hashable, Sendable {
  public var task: TaskState?
  public var blocks: [Block]
  public var range: TextRange

  public init(task: TaskState?, blocks: [Block], range: TextRange) {
    self.task = task
    self.blocks = blocks
    self.range = range
  }
}
