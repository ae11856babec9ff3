import Testing

@testable import Quire

@Suite struct BinaryInputTests {
    @Test(arguments: [
        ([0x1F, 0x8B, 0x08, 0x00], "gzip-compressed data; gunzip it first"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "a ZIP archive, as EPUB, DOCX and ODT files are"),
        (Array("%PDF-1.7\n".utf8), "a PDF document"),
        ([0xFF, 0xD8, 0xFF, 0xE0], "a JPEG image"),
        (Array("BZh91AY&SY".utf8), "bzip2-compressed data; bunzip2 it first"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00], "xz-compressed data; unxz it first"),
        ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01], "an ELF program or library"),
        ([0xCF, 0xFA, 0xED, 0xFE, 0x07, 0x00, 0x00, 0x01], "a Mach-O program or library"),
        (Array("SQLite format 3\u{0}".utf8), "an SQLite database"),
        (Array("MZ".utf8) + [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0], "a Windows or DOS program"),
        ([0, 0, 0, 0, 0, 0, 0, 0], "binary data, not text"),
    ] as [([UInt8], String)])
    func knownSignaturesAreNamed(bytes: [UInt8], kind: String) {
        #expect(MediaTypeSniffer.binaryKind(of: bytes) == kind)
    }

    @Test(arguments: [
        "BZh is how the bzip2 format begins.", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "# PK\n", "%PD",
        "<!doctype html><p>Hi", "", "MZ is the code for Mizoram.", "A stray \u{0} NUL and \u{1} a control",
    ])
    func textIsNotBinary(text: String) {
        #expect(MediaTypeSniffer.binaryKind(of: Array(text.utf8)) == nil)
    }

    @Test func thePipelineRefusesBinaryInputWhateverItsName() throws {
        let pipeline = Pipeline(reader: .html, writer: .json)
        var warnings: [ConversionWarning] = []
        #expect(throws: PipelineError.notADocument(file: "page.html", kind: "gzip-compressed data; gunzip it first")) {
            try pipeline.read([ReaderInput(bytes: [0x1F, 0x8B, 0x08, 0x00, 0x00], name: "page.html")], warnings: &warnings)
        }
    }
}
