import Dispatch
import Foundation
import Quire
import QuireDocument
import Testing

/// Every page of `../shared/benchmarks/article-extraction/html/` as an EPUB that EPUBCheck
/// passes with no error and no warning, offline, whatever images could not be fetched. Two
/// EPUBCheck runs at a time (about 2.5 s each). Absent benchmark folder: skipped, except in CI.
@Suite struct EPUBBenchmarkPagesTests {
    @Test(.enabled(if: HTMLBenchmarkPagesTests.isAvailable || HTMLBenchmarkPagesTests.isCI, "../shared/benchmarks is not here"))
    func everyPageBecomesAValidBook() throws {
        try #require(HTMLBenchmarkPagesTests.isAvailable, "../shared/benchmarks/article-extraction/html is missing")
        try #require(
            FileManager.default.fileExists(atPath: BookTools.epubcheckJar) && BookTools.isInstalled("java"),
            "epubcheck is not installed: run ./scripts/install-packages epubcheck (make test does)")
        let folder = HTMLBenchmarkPagesTests.directory.appendingPathComponent("html")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html.gz") }.sorted()
        let books = FileManager.default.temporaryDirectory.appendingPathComponent("quire-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: books, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: books) }

        var options = FormatOptions()
        options.epubWriter.modificationTime = 0
        let pipeline = Pipeline(reader: .html, writer: .epub, options: options)
        for page in pages {
            var warnings: [ConversionWarning] = []
            let input = ReaderInput(bytes: try HTMLBenchmarkPagesTests.decompressed(folder.appendingPathComponent(page)), name: page)
            let book = try pipeline.convert([input], warnings: &warnings)
            try Data(book).write(to: books.appendingPathComponent(page + ".epub"))
        }

        let verdicts = Verdicts()
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for index in stride(from: worker, to: pages.count, by: 2) {
                let report = try? BookTools.epubcheck(books.appendingPathComponent(pages[index] + ".epub"))
                verdicts.add(pages[index], report)
            }
        }
        let failures = verdicts.failures()
        #expect(verdicts.count == pages.count)
        #expect(failures.isEmpty, "\(failures.count) books with EPUBCheck messages:\n\(failures.prefix(5).joined(separator: "\n"))")
    }

    /// EPUBCheck results gathered from the two worker threads.
    private final class Verdicts: @unchecked Sendable {
        private let lock = NSLock()
        private var failed: [String] = []
        private(set) var count = 0

        func add(_ page: String, _ report: BookTools.EPUBCheckReport?) {
            lock.lock()
            defer { lock.unlock() }
            count += 1
            guard let report, report.fatals == 0, report.errors == 0, report.warnings == 0 else {
                let messages = report?.output.split(separator: "\n").filter { $0.hasPrefix("ERROR") || $0.hasPrefix("WARNING") || $0.hasPrefix("FATAL") }
                failed.append("\(page): \(messages?.prefix(3).joined(separator: " ") ?? "EPUBCheck did not run")")
                return
            }
        }

        func failures() -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return failed
        }
    }
}
