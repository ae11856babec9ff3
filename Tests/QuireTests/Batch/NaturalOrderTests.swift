import Quire
import Testing

@Suite struct NaturalOrderTests {
    @Test func numbersCompareAsNumbers() {
        let paths = ["part10.md", "part2.md", "part1.md", "Part3.md", "part02b.md", "a/part1.md", "part"]
        #expect(paths.sorted { $0.naturallyPrecedes($1) } == ["Part3.md", "a/part1.md", "part", "part1.md", "part2.md", "part02b.md", "part10.md"])
    }
}
