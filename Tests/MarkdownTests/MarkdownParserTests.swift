import Markdown
import Testing

@Suite struct MarkdownParserTests {
  @Test func probe() {
    let doc = MarkdownParser.parse("# T\n\n| a | b\\|c | `x\\|y` |\n|:--|:-:|--:|\n| 1 | <b>2</b> | é 3 |\n")
    print(doc)
  }
}
