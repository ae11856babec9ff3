import Quire
import Testing

/// File names that are not UTF-8 survive the trip through a Swift string, and print safely.
@Suite struct SystemPathTests {
    @Test(arguments: [
        Array("plain.md".utf8), [0x63, 0x61, 0x66, 0xE9], [0xFF, 0xFE, 0x2F, 0x80], [0xC3], [0xE2, 0x82],
        // Valid UTF-8 of a code point in the escape range must not be mistaken for an escape.
        [0xF4, 0x8F, 0xBF, 0xA9], Array("déjà vu/ü.txt".utf8),
    ] as [[UInt8]])
    func namesComeBackAsTheSameBytes(_ bytes: [UInt8]) {
        let name = SystemPath.string(bytes)
        #expect(SystemPath.cString(name).dropLast().map { UInt8(bitPattern: $0) } == bytes)
    }

    @Test func validNamesAreTheirOwnText() {
        #expect(SystemPath.string(Array("déjà vu.md".utf8)) == "déjà vu.md")
    }

    @Test func escapesPrintAsBytes() {
        let name = SystemPath.string([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6D, 0x64])
        #expect(TerminalSafeText.escaped(name) == "caf\\xE9.md")
    }

    @Test func controlCharactersPrintVisibly() {
        #expect(TerminalSafeText.escaped("a\u{1B}[31mb\u{7}c\td\u{9B}e\u{202E}f") == "a\\x1B[31mb\\x07c\td\\x9Be\\u{202E}f")
        #expect(TerminalSafeText.escaped("plain “quoted” text") == "plain “quoted” text")
        #expect(TerminalSafeText.escaped("two\nlines\r") == "two\\x0Alines\\x0D")
    }
}
