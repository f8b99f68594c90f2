import Foundation
import Mustache
import TestSupport
import Testing

@testable import PageRenderer

/// The compiled templates must render what the mustache library renders, byte for byte: the theme's
/// own templates over the values pages give them, hand-written cases of the library's whitespace rules,
/// and generated templates over generated values.
@Suite struct CompiledTemplateTests {
  /// Renders `templates` both ways; nil from the compiler is allowed only where `mustCompile` is false.
  func compare(
    _ templates: [String: String], render name: String, values: [String: TemplateValue],
    mustCompile: Bool = true, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var library = MustacheLibrary()
    var compiled: [String: CompiledTemplate] = [:]
    for (templateName, source) in templates {
      try library.register(source, named: templateName)
      compiled[templateName] = TemplateCompiler.compile(source)
    }
    guard compiled.count == templates.count else {
      #expect(!mustCompile, "not compiled: \(templates)", sourceLocation: sourceLocation)
      return
    }
    let expected = library.render(TemplateValue.record(values).anyValue, withTemplate: name) ?? ""
    let actual = CompiledTemplate.render(name, in: compiled, root: .record(values))
    #expect(actual == expected, "\(templates[name]!.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test func theDefaultThemeCompiles() throws {
    let theme = try Theme.load(overlay: nil)
    #expect(theme.isCompiled)
  }

  @Test func theDefaultThemeRendersAsTheLibraryDoes() throws {
    var templates: [String: String] = [:]
    for (path, data) in DefaultTheme.fileData where path.hasSuffix(".mustache") {
      templates[String(path.dropLast(".mustache".count))] = String(decoding: data, as: UTF8.self)
    }
    var generator = SeededRandom(seed: 7)
    for round in 0..<60 {
      let values = layoutValues(&generator, full: round % 3 != 0)
      for name in ["layout", "section"] {
        try compare(templates, render: name, values: values)
      }
    }
  }

  /// Values shaped like PageLayout's, with text that needs escaping and optional parts left out.
  func layoutValues(_ generator: inout SeededRandom, full: Bool) -> [String: TemplateValue] {
    func text() -> TemplateValue { .text(Self.sample(&generator)) }
    func links(_ count: Int) -> TemplateValue {
      .list(
        (0..<count).map { _ in .record(["href": text(), "title": text(), "kind": text(), "text": text()]) })
    }
    var values: [String: TemplateValue] = [
      "title": text(), "siteTitle": text(), "root": text(), "assets": text(), "content": text(),
      "version": text(), "source": text(), "page": text(), "navigation": text(), "searchIndex": text(),
      "hasBreadcrumbs": .flag(full), "breadcrumbs": links(Int.random(in: 0...3, using: &generator)),
    ]
    guard full else { return values }
    values["festival"] = .record(["name": text(), "href": text()])
    values["hasOutline"] = .flag(Bool.random(using: &generator))
    values["outline"] = .list(
      (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        .record(["href": text(), "text": text(), "sub": .flag(Bool.random(using: &generator))])
      })
    values["hasReferencedBy"] = .flag(true)
    values["referencedBy"] = links(Int.random(in: 0...3, using: &generator))
    for optional in ["moreReferences", "footer", "logo", "canonical", "sourceHref"]
    where Bool.random(using: &generator) {
      values[optional] = text()
    }
    return values
  }

  static let pieces = [
    "a", "<b>", "Tom & Jerry", "\"q\"", "it's", "", " ", "≮", "e\u{301}", "\n", "{{x}}", "café",
  ]

  static func sample(_ generator: inout SeededRandom) -> String {
    (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
      .joined()
  }

  @Test func standaloneLinesAndWhitespaceAsTheLibraryReadsThem() throws {
    let cases = [
      "{{#a}}\nx\n{{/a}}\n", "  {{#a}}\n  x\n  {{/a}}\n", "a {{#a}}\n{{/a}}\n  {{#b}}b{{/b}}\n",
      "{{! comment }}\nx", "  {{! comment }}  \nx", "x {{! c }} y\n", "  {{! c }}{{t}}\n", "{{#a}}{{/a}}",
      "{{^a}}\nnone\n{{/a}}\n", "\t{{#list}}\n\t- {{t}}\n\t{{/list}}\n", "{{#list}}{{.}}{{/list}}",
      "{{> p}}\n{{> p}}", "x{{> p}}y\n", "{{t}}  \n  {{t}}", "{{{t}}}{{&t}}{{ t }}", "{ {t} }{{t}}{x",
      "{{#a}}\n{{#b}}\n{{t}}\n{{/b}}\n{{/a}}\n", "{{#rec.inner}}{{t}}{{/rec.inner}}{{rec.inner.t}}",
      "{{^empty}}[{{.}}]{{/empty}}", "{{#text}}<{{.}}>{{/text}}", "{{#flag}}{{t}}{{/flag}}   ", "   ",
      "line\n   ", "{{#a}}   \n{{/a}}   ", "{{!\nmulti\nline\n}}\nafter", "{{#list}}\n{{/list}} tail\n",
    ]
    let values: [String: TemplateValue] = [
      "a": .flag(true), "b": .record(["t": .text("inner <b>")]), "t": .text("T&"), "flag": .flag(false),
      "list": .list([.text("1"), .record(["t": .text("two")]), .flag(true)]), "empty": .list([]),
      "rec": .record(["inner": .record(["t": .text("deep")])]), "text": .text(""),
    ]
    for source in cases {
      try compare(["main": source, "p": "partial {{t}}\n"], render: "main", values: values)
    }
  }

  @Test func whatItCannotMatchIsLeftToTheLibrary() {
    for source in [
      "{{=<% %>=}}", "{{<parent}}{{/parent}}", "{{$block}}x{{/block}}", "{{% CONTENT_TYPE: TEXT}}",
      "{{uppercased(t)}}", "  {{> p}}\n", "{{>*dynamic}}", "a\r\nb", "{{a..b}}", "{{.a}}", "{{}}",
      "{{#a}}unclosed", "{{a?}}",
    ] {
      #expect(TemplateCompiler.compile(source) == nil, "\(source.debugDescription)")
    }
  }

  @Test func generatedTemplatesRenderAsTheLibraryDoes() throws {
    var generator = SeededRandom(seed: 24)
    let names = ["a", "b", "t", "list", "empty", "rec.t", "."]
    let values: [String: TemplateValue] = [
      "a": .flag(true), "b": .flag(false), "t": .text("x<y"), "list": .list([.text("1"), .text("2")]),
      "empty": .list([]), "rec": .record(["t": .text("r"), "a": .flag(false)]),
    ]
    func block(_ depth: Int) -> String {
      var parts: [String] = []
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        let name = names.randomElement(using: &generator)!
        switch Int.random(in: 0..<9, using: &generator) {
        case 0: parts.append("{{\(name)}}")
        case 1: parts.append("{{{\(name)}}}")
        case 2 where depth < 3 && name != ".":
          let open = Bool.random(using: &generator) ? "#" : "^"
          let newline = Bool.random(using: &generator) ? "\n" : ""
          parts.append("{{\(open)\(name)}}\(newline)\(block(depth + 1))\(newline){{/\(name)}}")
        case 3: parts.append("{{! note }}")
        case 4: parts.append("\n")
        case 5: parts.append("  ")
        case 6: parts.append("\t")
        default: parts.append(Self.sample(&generator).replacingOccurrences(of: "{", with: "("))
        }
      }
      return parts.joined()
    }
    for _ in 0..<400 {
      try compare(["main": block(0)], render: "main", values: values)
    }
  }
}
