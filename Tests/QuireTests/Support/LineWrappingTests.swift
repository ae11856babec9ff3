import Testing

@testable import Quire

@Suite struct LineWrappingTests {
    @Test func fillsLinesGreedilyAtSpaces() {
        #expect(LineWrapping.wrap("the sea does a job of work", width: 10) == ["the sea", "does a job", "of work"])
    }

    @Test func collapsesRunsOfWhiteSpaceAndLeavesNoTrailingSpace() {
        #expect(LineWrapping.wrap("  a \t b\n c  ", width: 80) == ["a b c"])
        #expect(LineWrapping.wrap("   ", width: 80) == [])
    }

    @Test func noWidthMeansOneLine() {
        let text = String(repeating: "word ", count: 100)
        #expect(LineWrapping.wrap(text, width: nil).count == 1)
    }

    @Test func aWordWiderThanTheLineStandsAloneAndWhole() {
        let url = "https://www.brackwatermill.example/visit/tides/2025/summer-timetable"
        #expect(LineWrapping.wrap("see \(url) for times", width: 20) == ["see", url, "for times"])
    }

    @Test func widthIsMeasuredInTerminalCells() {
        #expect(LineWrapping.wrap("café crème brûlée", width: 10) == ["café crème", "brûlée"])
        #expect(LineWrapping.wrap("cafe\u{301} cre\u{300}me", width: 10) == ["cafe\u{301} cre\u{300}me"])
    }

    @Test func chineseAndJapaneseBreakBetweenCharacters() {
        let lines = LineWrapping.wrap("潮汐磨坊再次转动起来了", width: 8)
        #expect(lines == ["潮汐磨坊", "再次转动", "起来了"])
        #expect(lines.allSatisfy { TerminalWidth.of($0) <= 8 })
    }

    @Test func closingPunctuationNeverStartsALine() {
        let lines = LineWrapping.wrap("水車が回る。満潮だ。", width: 8)
        #expect(lines.allSatisfy { !$0.hasPrefix("。") })
        #expect(lines.joined() == "水車が回る。満潮だ。")
    }

    @Test func wordsThatMustNotStartALineStayWithTheWordBefore() {
        let lines = LineWrapping.wrap("aaaa bbbb - cccc", width: 10, mustNotStartLine: { $0 == "-" })
        #expect(lines == ["aaaa", "bbbb -", "cccc"])
    }

    @Test func koreanBreaksAtSpaces() {
        #expect(LineWrapping.wrap("조력 방앗간이 다시 돈다", width: 14) == ["조력 방앗간이", "다시 돈다"])
    }
}
