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
}
