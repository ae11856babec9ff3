import Foundation
import Quire
import QuireDocument
import Testing

/// The real validator on books the writer made. EPUBCheck takes one book per run and about two
/// seconds to start, so one test writes every book and checks them in turn.
@Suite struct EPUBCheckTests {
    @Test func everyBookPassesEPUBCheckWithoutErrorsOrWarnings() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "quire-epubcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: scratch.appendingPathComponent("images"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var books: [URL] = []
        func write(_ name: String, _ bytes: [UInt8]) throws {
            let url = scratch.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            books.append(url)
        }

        // Every node type, images by their bytes, an SVG cover.
        try write("kitchen-sink.epub", EPUBWriter.write(BookSamples.illustratedKitchenSink))
        // Chapters linking to each other, notes across chapters, clashing ids, nasty text, the
        // deepest tree a reader may build, undeclared French.
        let torture = Document(
            metadata: BookSamples.nasty.metadata,
            blocks: BookSamples.crossChapter.blocks + BookSamples.nasty.blocks + BookSamples.deep.blocks
                + BookSamples.french.blocks)
        try write(
            "torture.epub", EPUBWriter.write(torture, options: EPUBWriter.Options(chapterLevel: 2, modificationTime: 0))
        )
        // Nothing at all.
        try write("empty.epub", EPUBWriter.write(Document()))

        // Through the pipeline as the CLI runs it: images loaded from disk, one book of several
        // inputs (every fixture this build can read, plus two trees as JSON files).
        try Data(TestImages.gif).write(to: scratch.appendingPathComponent("images/mill.jpg"))
        try Data(TestImages.svg).write(to: scratch.appendingPathComponent("images/cover.jpg"))
        let kitchenSink = scratch.appendingPathComponent("kitchen-sink.json")
        try Data(SampleDocuments.kitchenSink.json.serialized(pretty: false)).write(to: kitchenSink)
        let crossChapter = scratch.appendingPathComponent("cross-chapter.json")
        try Data(BookSamples.crossChapter.json.serialized(pretty: false)).write(to: crossChapter)
        let fixtures = try readableFixtures()
        let pipeline = Pipeline(
            reader: nil, writer: .epub, metadataOverrides: [("title", "Everything together")],
            resourceLoader: ResourceLoader())
        var warnings: [ConversionWarning] = []
        let anthology = try pipeline.read(
            ([kitchenSink, crossChapter] + fixtures).map {
                ReaderInput(bytes: Array(try Data(contentsOf: $0)), name: $0.path)
            },
            warnings: &warnings)
        try write(
            "anthology.epub",
            EPUBWriter.write(
                ResourceLoader().addingCover(scratch.appendingPathComponent("images/mill.jpg").path, to: anthology)))
        for fixture in fixtures {
            let document = try pipeline.read(
                [ReaderInput(bytes: Array(try Data(contentsOf: fixture)), name: fixture.path)], warnings: &warnings)
            try write("fixture-\(fixture.lastPathComponent).epub", EPUBWriter.write(document))
        }

        for book in books {
            guard let report = try BookTools.epubcheck(book) else { return }
            #expect(
                report.fatals == 0 && report.errors == 0 && report.warnings == 0,
                "\(book.lastPathComponent):\n\(report.output)")
        }
    }

    /// `fixtures/*` that some reader of this build reads (the HTML, Markdown and text readers
    /// add `article.*` once they exist).
    private func readableFixtures() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: fixturesDirectory, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent != "README.md" && Formats.reader(forPath: $0.path) != nil }
            .sorted { $0.path < $1.path }
    }
}
