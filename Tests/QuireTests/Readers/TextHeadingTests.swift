import QuireDocument
import Testing

@testable import Quire

/// Issue 21: a short line is a heading only on evidence. One test per rule, each on a small
/// invented text; `make bench-text-structure` measures the rules on the labelled set.
@Suite struct TextHeadingTests {
    func read(_ text: String) -> Document {
        var warnings: [ConversionWarning] = []
        return TextReader.read(ReaderInput(bytes: Array(text.utf8), name: "test.txt"), warnings: &warnings)
    }

    func headings(_ text: String) -> [String] {
        read(text).blocks.compactMap { block in
            guard case .heading(let heading) = block else { return nil }
            return heading.content.map { if case .text(let text) = $0 { text } else { "" } }.joined()
        }
    }

    let body = "The gates were rebuilt in green oak, using the surviving ironwork as a pattern for the hinges."

    @Test func aDatelineIsAParagraphEvenBeforeBodyText() {
        for dateline in ["Mill House, 3 June 2025", "Vire, le 7 février 2026", "Leipzig, den 2. März 2026", "3 June 2025"] {
            #expect(headings("\(body)\n\n\(dateline)\n\n\(body)\n") == [], "\(dateline)")
        }
    }

    @Test func aLineThatRecursIsNoSectionTitle() {
        // Capitals alone would make each a heading; a speaker's name comes back, a title does not.
        let text = "RUTH PENHALLOW\n\n\(body)\n\nDECLAN OYELARAN\n\n\(body)\n\nRUTH PENHALLOW\n\n\(body)\n"
        #expect(headings(text) == ["DECLAN OYELARAN"])
    }

    @Test func theTitleRepeatedIsNotBodyAHeadingCouldIntroduce() {
        let text = """
            <https://ledger.example/mill>

            The Tide Mill Turns Again

            Publication date: 14 June 2025

            \(body)

            Long live the mill

            The Tide Mill Turns Again, a story of many volunteers and their patience

            PS:

            \(body)
            """
        #expect(headings(text) == [])
        let echo = text.replacingOccurrences(of: "The Tide Mill Turns Again, a story of many volunteers and their patience", with: "The tide mill turns again!")
        #expect(headings(echo) == [])
    }

    @Test func aLonePlainLineInsideTheTextNeedsAnotherSection() {
        #expect(headings("\(body)\n\nThe gates\n\n\(body)\n") == [])
        #expect(headings("\(body)\n\nThe gates\n\n\(body)\n\nThe wheel\n\n\(body)\n") == ["The gates", "The wheel"])
    }

    @Test func aPlainLineOpeningTheTextIsItsTitle() {
        #expect(headings("The gates\n\n\(body)\n") == ["The gates"])
    }

    @Test func capitalsInAMixedCaseTextMarkAHeadingAlone() {
        #expect(headings("\(body)\n\nTHE GATES\n\n\(body)\n") == ["THE GATES"])
        let shouted = "THE GATES WERE REBUILT IN GREEN OAK, USING THE OLD IRONWORK AS A PATTERN.\n\nTHE WHEEL\n\nTHE WHEEL WAS REPLACED WITH A NEW UNDERSHOT WHEEL, SIX METRES ACROSS.\n"
        #expect(headings(shouted) == [])
    }

    @Test func numberedLinesAreSectionsWhenThereAreTwo() {
        let report = "1. Introduction\n\n\(body)\n\n2. Methods\n\n\(body)\n"
        #expect(headings(report) == ["1. Introduction", "2. Methods"])
        guard case .orderedList(let list) = read("\(body)\n\n3. Pond gates\n\n\(body)\n").blocks[1] else {
            Issue.record("a lone numbered line is no longer a list")
            return
        }
        #expect(list.start == 3)
    }

    @Test func aNumberedSectionStandsOverItsFirstSubsection() {
        let text = "1. Summary\n\n\(body)\n\n2. Findings\n\n2.1 Who cycles\n\n\(body)\n\n3. Costs\n\n\(body)\n"
        #expect(headings(text) == ["1. Summary", "2. Findings", "2.1 Who cycles", "3. Costs"])
        #expect(read(text).blocks[3] == .heading(Heading(level: 4, content: [.text("2.1 Who cycles")])))
    }

    @Test func aChapterNumberStandsOverItsTitle() {
        #expect(headings("Chapter 3\n\nThe Flood\n\n\(body)\n") == ["Chapter 3", "The Flood"])
        // Capitals over a title are a label, not a chapter number.
        #expect(!headings("FOR IMMEDIATE RELEASE\n\nMill Reopens\n\n\(body)\n").contains("FOR IMMEDIATE RELEASE"))
    }

    @Test func hashMarksAHeadingAndItsLevel() {
        let blocks = read("## Water butts\n\nWe agreed to buy four more.\n").blocks
        #expect(blocks.first == .heading(Heading(level: 2, content: [.text("Water butts")])))
        #expect(headings("#hashtag\n\n\(body)\n") == [])
    }

    @Test func closingLinesAreParagraphs() {
        let text = "\(body)\n\nThe wheel\n\n\(body)\n\nThe pond\n\n\(body)\n\nSave the mill\n\nSee you at the gates\n\n— The Mill Trust\n"
        #expect(headings(text) == ["The wheel", "The pond"])
    }
}
