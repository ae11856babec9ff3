import Testing

@testable import Quire

@Suite struct TerminalWidthTests {
    @Test func asciiIsOneCellACharacter() {
        #expect(TerminalWidth.of("tide mill") == 9)
        #expect(TerminalWidth.of("") == 0)
    }

    @Test func eastAsianWideCharactersTakeTwoCells() {
        #expect(TerminalWidth.of("潮汐") == 4)
        #expect(TerminalWidth.of("ひらがな") == 8)
        #expect(TerminalWidth.of("한국어") == 6)
        #expect(TerminalWidth.of("ＡＢ") == 4)  // fullwidth Latin
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(TerminalWidth.of("e\u{301}") == 1)
        #expect(TerminalWidth.of("a\u{308}\u{304}b") == 2)
        #expect(TerminalWidth.of("\u{200B}") == 0)
        #expect(TerminalWidth.of(Character("\u{301}")) == 0)
    }

    @Test func emojiTakeTwoCells() {
        #expect(TerminalWidth.of("🌊") == 2)
        #expect(TerminalWidth.of("👩‍👩‍👧") == 2)
        #expect(TerminalWidth.of("🇬🇧") == 2)
        #expect(TerminalWidth.of("❤️") == 2)
        #expect(TerminalWidth.of("❤") == 1)
    }

    @Test func otherScriptsTakeOneCell() {
        #expect(TerminalWidth.of("Ελλάδα") == 6)
        #expect(TerminalWidth.of("Москва") == 6)
        #expect(TerminalWidth.of("—…’") == 3)
    }
}
