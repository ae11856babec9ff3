import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Pages that declare no character set, in the legacy encodings of their languages
/// (`fixtures/html/charsets/`, written for this project): read right, with a warning that the
/// charset was guessed.
@Suite struct HTMLCharsetDetectionTests {
    @Test(arguments: [
        ("japanese-shift_jis", "町の図書館は来月から新しい建物に移るそうです。"),
        ("chinese-big5", "市立圖書館將在下個月搬到新的大樓"),
        ("chinese-gbk", "市立图书馆将在下个月搬到新的大楼"),
        ("korean-euc-kr", "시립 도서관은 다음 달에 새 건물로 이전할 예정이며"),
        ("russian-koi8-r", "Городская библиотека в следующем месяце переедет в новое здание"),
        ("russian-windows-1251", "Городская библиотека в следующем месяце переедет в новое здание"),
        ("arabic-windows-1256", "وستنتقل مكتبة المدينة الشهر المقبل إلى مبنى جديد"),
        ("greek-iso-8859-7", "Η δημοτική βιβλιοθήκη θα μεταφερθεί τον επόμενο μήνα"),
        ("thai-tis-620", "ห้องสมุดประจำเมืองจะย้ายไปยังอาคารใหม่ในเดือนหน้า"),
    ])
    func aLegacyPageWithoutDeclarationIsDetected(_ name: String, _ phrase: String) throws {
        let read = try HTMLTest.fixture("charsets/\(name).html")
        let text = HTMLTest.words(read.blocks).joined(separator: " ")
        #expect(text.contains(phrase.split(separator: " ").joined(separator: " ")), "\(name): \(text.prefix(80))")
        #expect(read.warnings.count == 1)
        #expect(read.warnings.first?.message.hasSuffix("guessed from the bytes") == true, "\(read.warnings)")
    }

    /// The same bytes read as plain text and as Markdown: guessed alike, with the same warning
    /// (they were read as Windows-1252, mojibake from end to end). A declared set needs no guess.
    @Test(arguments: ["japanese-shift_jis", "chinese-gbk", "russian-koi8-r", "greek-iso-8859-7"])
    func legacyTextAndMarkdownAreDetectedToo(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: fixturesDirectory.appendingPathComponent("html/charsets/\(name).html")))
        let html = HTMLTest.words(try HTMLTest.fixture("charsets/\(name).html").blocks).joined(separator: " ")
        let input = ReaderInput(bytes: bytes, name: "\(name).txt")
        var textWarnings: [ConversionWarning] = []
        let text = TextReader.read(input, warnings: &textWarnings).blocks.readableText
        var markdownWarnings: [ConversionWarning] = []
        // Markdown keeps the page's markup as raw HTML blocks: their text is what was decoded.
        let markdown = try MarkdownReader.read(input, warnings: &markdownWarnings).blocks.map { block in
            if case .rawHTML(let html) = block { html } else { "" }
        }.joined(separator: "\n")
        // The page's first sentence of body text, found in both readings of its markup.
        let sentence = String(html.split(separator: " ").prefix(3).joined(separator: " "))
        for (reading, warnings) in [(text, textWarnings), (markdown, markdownWarnings)] {
            #expect(reading.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(sentence), "\(name): \(reading.prefix(120))")
            #expect(warnings.map(\.message).contains { $0.hasSuffix("guessed from the bytes") && !$0.contains("windows-1252") }, "\(warnings)")
        }
        var declaredWarnings: [ConversionWarning] = []
        let charset = name == "russian-koi8-r" ? "koi8-r" : nil
        if let charset {
            let declared = ReaderInput(bytes: bytes, name: "\(name).txt", charset: charset)
            _ = TextReader.read(declared, warnings: &declaredWarnings)
            #expect(declaredWarnings.isEmpty)
        }
    }

    @Test func aSavedPageThatIsUTF8DespiteItsMetaIsReadAsUTF8() throws {
        let read = try HTMLTest.fixture("charsets/saved-utf8-declared-gb2312.html")
        #expect(HTMLTest.words(read.blocks).joined().contains("市立图书馆将在下个月搬到新的大楼"))
        #expect(read.warnings.map(\.message) == ["declares GBK but its bytes are UTF-8; read as UTF-8"])
    }

    @Test func plainASCIIAndDeclaredPagesGiveNoWarning() throws {
        #expect(try HTMLTest.read("<p>plain</p>").warnings.isEmpty)
        #expect(try HTMLTest.read("<meta charset=utf-8><p>naïve</p>").warnings.isEmpty)
        #expect(try HTMLTest.read(bytes: Array("<meta charset=windows-1252><p>caf".utf8) + [0xE9]).warnings.isEmpty)
    }
}
