import Foundation
@testable import Quire
import QuireDocument
import Testing

/// The 181 real pages of `../shared/benchmarks/article-extraction/`: every one must read without
/// error, keep the words of its human-checked article text, and do so in reasonable time.
/// Skipped when the folder is absent, except in CI (`CI` set), where its absence is a failure.
@Suite struct HTMLBenchmarkPagesTests {
    static let directory = fixturesDirectory.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/benchmarks/article-extraction")
    static let isAvailable = FileManager.default.fileExists(atPath: directory.appendingPathComponent("html").path)
    static let isCI = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: isAvailable || isCI, "../shared/benchmarks/article-extraction is not here"))
    func everyPageReadsAndKeepsItsArticleText() throws {
        try #require(Self.isAvailable, "../shared/benchmarks/article-extraction/html is missing")
        let truth = try groundTruth()
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.directory.appendingPathComponent("html").path)
            .filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(pages.count == 181)

        var recalls: [Double] = []
        var readTime = Duration.zero
        let clock = ContinuousClock()
        for page in pages {
            let id = String(page.dropLast(".html.gz".count))
            let bytes = try Self.decompressed(Self.directory.appendingPathComponent("html").appendingPathComponent(page))
            var warnings: [ConversionWarning] = []
            var document = Document()
            let input = ReaderInput(bytes: bytes, name: page, baseURL: truth[id]?.url)
            readTime += try clock.measure { document = try HTMLReader.read(input, warnings: &warnings) }

            guard let article = truth[id] else {
                Issue.record("\(page) has no ground truth")
                continue
            }
            // Text pieces are joined with spaces: the benchmark's truth puts spaces at element
            // boundaries the page does not have (`アプリ<a>Kindle</a>` as "アプリ Kindle").
            let text = HTMLTest.textPieces(document.blocks).joined(separator: " ")
            let recall = Self.recall(of: Self.tokens(article.text), in: Self.tokens(text))
            #expect(recall >= 0.95, "\(page) lost words of its article: recall \(recall)")
            recalls.append(recall)
        }
        let mean = recalls.reduce(0, +) / Double(max(recalls.count, 1))
        #expect(mean >= 0.99, "mean recall of article words \(mean)")
        // Debug builds on a shared machine: a generous bound that still catches a pathological slowdown.
        #expect(readTime < .seconds(120), "reading the pages took \(readTime)")
    }

    private func groundTruth() throws -> [String: (text: String, url: String?)] {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("ground-truth.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
        return object.compactMapValues { entry in
            (entry["articleBody"] as? String).map { ($0, entry["url"] as? String) }
        }
    }

    static func decompressed(_ file: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "gzip -dc \(file.path) failed")
        return Array(data)
    }

    /// Runs of word characters, lower-cased, as the benchmark tokenizes.
    static func tokens(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }

    /// The share of `expected` tokens (counted with repeats) that `actual` also has.
    static func recall(of expected: [String], in actual: [String]) -> Double {
        guard !expected.isEmpty else { return 1 }
        var available: [String: Int] = [:]
        for token in actual { available[token, default: 0] += 1 }
        var found = 0
        for token in expected where available[token, default: 0] > 0 {
            available[token, default: 0] -= 1
            found += 1
        }
        return Double(found) / Double(expected.count)
    }
}
