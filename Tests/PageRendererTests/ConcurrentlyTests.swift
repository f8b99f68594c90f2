import PageRenderer
import Testing

@Suite struct ConcurrentlyTests {
  @Test(arguments: [1, 2, 4]) func bothPiecesRunAndKeepTheirPlaces(jobs: Int) {
    let (numbers, text) = Concurrently.run(jobs: jobs) {
      (1...1000).reduce(0, +)
    } _: {
      (1...50).map(String.init).joined(separator: ",")
    }
    #expect(numbers == 500_500)
    #expect(text.hasPrefix("1,2,3,") && text.hasSuffix(",50"))
  }
}
