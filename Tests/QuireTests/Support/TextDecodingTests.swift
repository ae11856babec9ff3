import Testing

@testable import Quire

@Suite struct TextDecodingTests {
    @Test func validUTF8IsKeptAndItsByteOrderMarkDropped() {
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Moulin à marée 潮".utf8)) == "Moulin à marée 潮")
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        // "naïve" in Latin-1, then smart quotes, a euro sign and a trade mark from 0x80-0x9F.
        let bytes: [UInt8] = [0x6E, 0x61, 0xEF, 0x76, 0x65, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x20, 0x99]
        #expect(TextDecoding.decode(bytes) == "naïve “q” € ™")
    }

    @Test func everyHighControlByteHasItsWindows1252Character() {
        let decoded = TextDecoding.windows1252(Array(0x80...0x9F) as [UInt8])
        #expect(decoded == "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ")
        #expect(decoded.unicodeScalars.count == 32)
    }

    @Test func aDeclaredLegacyCharsetWinsOverValidUTF8() {
        // "Ã©" is valid UTF-8 for "é" read as Latin-1 bytes C3 A9.
        #expect(TextDecoding.decode([0xC3, 0xA9], declaredCharset: "ISO-8859-1") == "Ã©")
        #expect(TextDecoding.decode([0xC3, 0xA9], declaredCharset: "utf-8") == "é")
    }

    @Test func lineEndsBecomeLineFeeds() {
        #expect(TextDecoding.decode(Array("a\r\nb\rc\n\r\nd".utf8)) == "a\nb\nc\n\nd")
        #expect(TextDecoding.normalizingLineEnds("x\r\ny") == "x\ny")
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() {
        let littleEndian: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x42, 0x6F]
        #expect(TextDecoding.decode(littleEndian) == "A\n潂")
        let bigEndian: [UInt8] = [0xFE, 0xFF, 0x00, 0x41, 0x6F, 0x42]
        #expect(TextDecoding.decode(bigEndian) == "A潂")
    }

    /// `text` in a wide form, without a byte-order mark.
    static func encode(_ text: String, as form: TextDecoding.WideForm) -> [UInt8] {
        let units: [UInt32] = form.rawValue.hasPrefix("UTF-16") ? text.utf16.map(UInt32.init) : text.unicodeScalars.map(\.value)
        let size = form.rawValue.hasPrefix("UTF-16") ? 2 : 4
        return units.flatMap { unit in
            let littleEndian = (0..<size).map { UInt8(truncatingIfNeeded: unit >> (8 * $0)) }
            return form.rawValue.hasSuffix("LE") ? littleEndian : littleEndian.reversed()
        }
    }

    static let sample = "The mill\r\nstands by the river. Moulin à marée, Мельница, 水车 — “quoted”.\n"

    @Test(arguments: TextDecoding.WideForm.allCases)
    func utf16AndUTF32WithoutAByteOrderMarkAreRecognised(form: TextDecoding.WideForm) {
        let bytes = Self.encode(Self.sample, as: form)
        #expect(TextDecoding.wideForm(of: bytes)?.form == form)
        #expect(TextDecoding.decode(bytes) == "The mill\nstands by the river. Moulin à marée, Мельница, 水车 — “quoted”.\n")
        #expect(!TextDecoding.isBinary(bytes))
        #expect(MediaTypeSniffer.binaryKind(of: bytes) == nil)
    }

    @Test func utf32ByteOrderMarksAreNotTakenForUTF16() {
        let little = [0xFF, 0xFE, 0x00, 0x00] + Self.encode("Mill 水", as: .utf32LE)
        let big = [0x00, 0x00, 0xFE, 0xFF] + Self.encode("Mill 水", as: .utf32BE)
        #expect(TextDecoding.decode(little) == "Mill 水")
        #expect(TextDecoding.decode(big) == "Mill 水")
    }

    /// Chinese or Japanese UTF-16 without spaces has too few ASCII characters for the zero-byte
    /// pattern; its low bytes look like control bytes, but it decodes cleanly.
    @Test func utf16WithHardlyAnyASCIIIsRecognised() {
        let text = String(repeating: "水车在河边转动。日本語のテキストです。中文文本测试。", count: 40) + "\n"
        for form in [TextDecoding.WideForm.utf16LE, .utf16BE] {
            let bytes = Self.encode(text, as: form)
            #expect(TextDecoding.decode(bytes) == text, "\(form)")
            #expect(!TextDecoding.isBinary(bytes), "\(form)")
        }
    }

    /// Legacy character sets use bytes from 0x80 up (and ISO-2022 escapes), never the control
    /// bytes that make a file binary.
    @Test(arguments: [
        ("windows-1252", [0x63, 0x61, 0x66, 0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x0D, 0x0A]),
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67, 0x0A]),
        ("GB18030", [0xD6, 0xD0, 0xCE, 0xC4, 0xCE, 0xC4, 0xB1, 0xBE, 0x81, 0x30, 0x81, 0x30, 0x0A]),
        ("KOI8-R", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2, 0x21, 0x0A]),
        ("ISO-2022-JP", [0x1B, 0x24, 0x42, 0x46, 0x7C, 0x4B, 0x5C, 0x38, 0x6C, 0x1B, 0x28, 0x42, 0x0A]),
        ("EUC-KR", [0xC7, 0xD1, 0xB1, 0xB9, 0xBE, 0xEE, 0x20, 0xC5, 0xD8, 0xBD, 0xBA, 0xC6, 0xAE, 0x0A]),
    ] as [(String, [UInt8])])
    func legacyCharsetsAreText(name: String, line: [UInt8]) {
        let bytes = Array([[UInt8]](repeating: line, count: 200).joined())
        #expect(!TextDecoding.isBinary(bytes), "\(name)")
        #expect(MediaTypeSniffer.binaryKind(of: bytes) == nil, "\(name)")
        #expect(TextDecoding.wideForm(of: bytes) == nil, "\(name)")
    }

    @Test func aPageWithAStrayNULOrAFewControlCharactersIsText() {
        let page = Array("<p>a page with a stray ".utf8) + [0x00] + Array(" NUL, a \u{01} and a \u{02} and a form feed \u{0C}</p>\n".utf8)
        #expect(!TextDecoding.isBinary(page))
        #expect(TextDecoding.wideForm(of: page) == nil)
        // Overstruck man pages, colours and a DOS end-of-file mark are text too.
        #expect(!TextDecoding.isBinary(Array("N\u{08}NA\u{08}AM\u{08}ME\u{08}E \u{1B}[1mls\u{1B}[0m\n\u{1A}".utf8)))
        #expect(!TextDecoding.isBinary([]))
        #expect(!TextDecoding.isBinary(Array("plain".utf8)))
    }

    @Test func randomBytesProgramsAndZerosAreBinary() {
        var generator = SystemRandomNumberGenerator()
        for size in [1_000, 100_000] {
            let random = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(TextDecoding.isBinary(random), "\(size) random bytes")
        }
        #expect(TextDecoding.isBinary([UInt8](repeating: 0, count: 5_000)))
        #expect(TextDecoding.isBinary([0]))
        // An ELF header and the start of a program's code.
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 8)
            + [0x03, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00, 0x40, 0x10, 0x00, 0x00]
        #expect(TextDecoding.isBinary(elf + [UInt8](repeating: 0x90, count: 100)))
        #expect(MediaTypeSniffer.binaryKind(of: elf) == "an ELF program or library")
    }

    /// The controls 8-bit text uses (backspace to SI, the DOS end of file, ESC) never count; any
    /// other byte below 0x20 does, and binary means more than one in 50 and at least eight.
    @Test func controlBytesCountAsBinaryByTheirShare() {
        let text = [UInt8](repeating: 0x61, count: 391)
        let textControls: [UInt8] = [0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x1A, 0x1B]
        let binaryControls: [UInt8] = [0x00, 0x01, 0x07, 0x10, 0x19, 0x1C, 0x1F, 0x1E]
        #expect(!TextDecoding.controlBytesAreBinary(ArraySlice(text + textControls)))
        #expect(TextDecoding.controlBytesAreBinary(ArraySlice(text + binaryControls)))
        #expect(!TextDecoding.controlBytesAreBinary(ArraySlice(text + text + binaryControls)))
        #expect(TextDecoding.controlBytesAreBinary(ArraySlice([0x01, 0x02])))
        #expect(!TextDecoding.controlBytesAreBinary(ArraySlice([0x20, 0x7F, 0x80, 0xFF])))
    }
}
