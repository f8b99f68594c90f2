extension RecordReader {
  /// One page as `RenderRecord.write` wrote it, copied into `output` with each shared string's number
  /// passed through `number`: a page the next build keeps is carried over without decoding its strings.
  mutating func copyPage(into output: inout [UInt8], number: (Int) -> Int) throws {
    func shared() throws { RecordWriter.append(number(try sharedNumber()), to: &output) }
    func counted(_ each: () throws -> Void) throws {
      let count = try count()
      RecordWriter.append(count, to: &output)
      for _ in 0..<count { try each() }
    }
    func fingerprint() throws {
      let kind = try raw(1)
      output += kind
      if kind.first == 1 {
        output += try raw(16)
      } else {
        let length = try count()
        RecordWriter.append(length, to: &output)
        output += try raw(length)
      }
    }
    try shared()  // the path
    try fingerprint()  // inputs
    try fingerprint()  // references
    try counted(shared)  // files
    try counted {  // headings
      RecordWriter.append(try integer(), to: &output)
      try shared()
      try shared()
    }
    try counted { RecordWriter.append(try integer(), to: &output) }  // mentions, as gaps
    try counted(shared)  // link targets
    try counted(shared)  // words
  }

  /// The numbers of the shared strings one page holds, as often as it holds them.
  mutating func sharedNumbersOfPage() throws -> [Int] {
    var numbers: [Int] = []
    var ignored: [UInt8] = []
    try copyPage(into: &ignored) {
      numbers.append($0)
      return $0
    }
    return numbers
  }
}
