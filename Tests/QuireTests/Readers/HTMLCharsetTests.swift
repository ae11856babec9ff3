@testable import Quire
import QuireDocument
import Testing

/// Bytes to text: byte-order marks, the caller's charset, `<meta>`, and the guess.
@Suite struct HTMLCharsetTests {
    @Test(arguments: [
        ("encoding-utf-8.html", "Le café du port rouvre — “enfin”, disent les habitués. Un crème coûte 2,50\u{A0}€."),
        ("encoding-windows-1252.html", "“High water” at 06:40 – tickets €4, café open."),
        ("encoding-iso-8859-15.html", "Farine à 3\u{A0}€ le kilo, œufs frais, Šimon et Žofie au comptoir."),
        ("encoding-shift-jis.html", "ボランティアが七年かけて水車を修復しました。満潮のあと、水車は回り始めます。"),
    ])
    func decodesTheEncodingFixtures(file: String, firstParagraph: String) throws {
        let blocks = try HTMLTest.fixture(file).blocks
        let paragraphs = blocks.compactMap { block -> String? in
            if case .paragraph(let content) = block { return content.plainText }
            return nil
        }
        #expect(paragraphs.first == firstParagraph)
    }

    @Test func decodesTitlesInTheDeclaredCharsetToo() throws {
        #expect(try HTMLTest.fixture("encoding-iso-8859-15.html").metadata.title == "Œuvres du moulin")
        #expect(try HTMLTest.fixture("encoding-shift-jis.html").metadata.language == "ja")
    }

    @Test func aByteOrderMarkWinsOverEverything() throws {
        let utf16 = Array("<meta charset=windows-1252><p>Tide ≈ moon</p>".utf16)
        var littleEndian: [UInt8] = [0xFF, 0xFE]
        for unit in utf16 { littleEndian += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try HTMLTest.read(bytes: littleEndian, charset: "iso-8859-2").blocks == [.paragraph([.text("Tide ≈ moon")])])

        let utf8 = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1252><p>café</p>".utf8)
        #expect(try HTMLTest.read(bytes: utf8).blocks == [.paragraph([.text("café")])])
    }

    @Test func theCallersCharsetWinsOverMeta() throws {
        // "caf\u{E9}" in Latin-1, in a page that wrongly declares UTF-8.
        let bytes = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try HTMLTest.read(bytes: bytes, charset: "ISO-8859-1").blocks == [.paragraph([.text("café")])])
        // Declared UTF-8 with a bad byte: the byte becomes U+FFFD, the rest survives.
        #expect(try HTMLTest.read(bytes: bytes).blocks == [.paragraph([.text("caf\u{FFFD}")])])
    }

    @Test func undeclaredNonUTF8IsReadAsWindows1252() {
        let bytes: [UInt8] = Array("<p>".utf8) + [0x93, 0x41, 0x94, 0x20, 0x80, 0x81]
        let decoded = HTMLCharset.decode(bytes, declared: nil)
        #expect(decoded.charset == "windows-1252")
        // 0x81 is undefined in Windows-1252; it maps to a C1 control the reader later drops.
        #expect(String(decoding: decoded.utf8, as: UTF8.self) == "<p>“A” €\u{81}")
        #expect(HTMLCharset.decode(Array("<p>naïve</p>".utf8), declared: nil).charset == "UTF-8")
    }

    @Test func anUnknownLabelIsReportedAndIgnored() throws {
        let result = try HTMLTest.read("<meta charset=\"x-no-such-set\"><p>plain</p>")
        #expect(result.blocks == [.paragraph([.text("plain")])])
        #expect(result.warnings.map(\.message) == ["unknown character set \"x-no-such-set\"; read as UTF-8"])
    }

    @Test(arguments: [
        ("<meta charset=\"Shift_JIS\">", "Shift_JIS"),
        ("<META  CHARSET=utf-8 />", "UTF-8"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-15\">", "ISO-8859-15"),
        ("<meta content='text/html;charset=\"koi8-r\"' http-equiv='content-type'>", "KOI8-R"),
        ("<!-- <meta charset=big5> --><meta charset=gbk>", "GBK"),
        ("<metadata charset=x><p>no meta</p>", nil),
        ("\n<?xml version=\"1.0\" encoding=\"EUC-JP\"?><html><meta charset=utf-8>", "EUC-JP"),
        ("<?xml version=\"1.0\"?><meta charset=big5>", "Big5"),
    ] as [(String, String?)])
    func findsTheDeclaredCharset(head: String, expected: String?) {
        #expect(HTMLCharset.metaCharset(in: Array(head.utf8)).encoding == expected)
    }

    @Test(arguments: [
        ("UTF8", "UTF-8"), ("latin1", "windows-1252"), ("US-ASCII", "windows-1252"), ("x-sjis", "Shift_JIS"),
        ("gb2312", "GBK"), ("ISO-8859-15", "ISO-8859-15"), (" koi8-r ", "KOI8-R"), ("tis-620", "windows-874"),
    ])
    func mapsLabelsTheWayBrowsersDo(label: String, expected: String) {
        #expect(CharsetLabels.encoding(forLabel: label) == expected)
    }

    @Test func validatesUTF8Strictly() {
        #expect(HTMLCharset.isValidUTF8(Array("plain ASCII, long enough for the fast path".utf8)))
        #expect(HTMLCharset.isValidUTF8(Array("naïve 潮 🌊".utf8)))
        for invalid: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF]] {
            #expect(!HTMLCharset.isValidUTF8(Array("12345678".utf8) + invalid))
        }
    }
}
