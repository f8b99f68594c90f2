/// Bold and italic in markdown labels (`"`**Paid** _late_`"`), drawn as such: the label is wrapped as
/// plain text, and each drawn line gets back the emphasis of the characters it holds.
enum LabelEmphasis {
  struct StyledCharacter {
    var character: Character
    var bold: Bool
    var italic: Bool
  }

  /// The label's characters with their emphasis, markers taken out: `**`/`__` bold, `*`/`_` italic.
  static func styled(_ markdown: String) -> [StyledCharacter] {
    let characters = Array(markdown)
    var result: [StyledCharacter] = []
    var bold = false
    var italic = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if character == "*" || character == "_" {
        if index + 1 < characters.count, characters[index + 1] == character {
          bold.toggle()
          index += 2
          continue
        }
        // An `_` inside a word (snake_case) is a letter, not emphasis.
        let inWord =
          character == "_" && index > 0 && characters[index - 1].isLetter && index + 1 < characters.count
          && characters[index + 1].isLetter
        if !inWord {
          italic.toggle()
          index += 1
          continue
        }
      }
      if character != "`" { result.append(StyledCharacter(character: character, bold: bold, italic: italic)) }
      index += 1
    }
    return result
  }

  /// Each line's SVG content (escaped, emphasis as nested `<tspan>`s), or nil when nothing is emphasised.
  static func lines(_ drawn: [String], markdown: String) -> [String]? {
    guard markdown.contains("*") || markdown.contains("_") else { return nil }
    let styled = styled(markdown)
    guard styled.contains(where: { $0.bold || $0.italic }) else { return nil }
    var position = 0
    return drawn.map { line in
      var runs: [(text: String, bold: Bool, italic: Bool)] = []
      for character in line {
        // Wrapping dropped or merged spaces: find the character the line shows.
        var match: StyledCharacter?
        let start = position
        while position < styled.count {
          let candidate = styled[position]
          position += 1
          if candidate.character == character {
            match = candidate
            break
          }
        }
        // A character the label does not hold (an icon's placeholder) takes nothing from it.
        if match == nil { position = start }
        let style = (match?.bold ?? false, match?.italic ?? false)
        if let last = runs.last, last.bold == style.0, last.italic == style.1 {
          runs[runs.count - 1].text.append(character)
        } else {
          runs.append((String(character), style.0, style.1))
        }
      }
      return runs.map { run in
        let text = SVGText.text(run.text)
        guard run.bold || run.italic else { return text }
        let weight = run.bold ? " font-weight=\"700\"" : ""
        let slant = run.italic ? " font-style=\"italic\"" : ""
        return "<tspan\(weight)\(slant)>\(text)</tspan>"
      }.joined()
    }
  }
}
