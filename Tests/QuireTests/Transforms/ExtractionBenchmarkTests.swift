import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Extraction quality on the 181 real pages of `../shared/benchmarks/article-extraction/`, with
/// the benchmark's own metric (see `scripts/bench-extraction` and `docs/extraction.md`), on the
/// text the command writes (`-t text --no-title-block --links none`), so a change that
/// makes extraction or that text worse fails here. Skipped when the folder is absent, except in
/// CI (`CI` set), where its absence is a failure.
@Suite struct ExtractionBenchmarkTests {
    /// A little below what `scripts/bench-extraction` measures (0.969 F1, 0.957 precision,
    /// 0.982 recall; this test's Swift tokenising gives the same to three places).
    static let minimumF1 = 0.965
    static let minimumPrecision = 0.95
    static let minimumRecall = 0.975

    @Test(
        .enabled(
            if: HTMLBenchmarkPagesTests.isAvailable || HTMLBenchmarkPagesTests.isCI,
            "../shared/benchmarks/article-extraction is not here"))
    func meanF1StaysAboveItsFloor() throws {
        try #require(HTMLBenchmarkPagesTests.isAvailable, "../shared/benchmarks/article-extraction/html is missing")
        let directory = HTMLBenchmarkPagesTests.directory
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("ground-truth.json")))
            as? [String: [String: Any]] ?? [:]
        let pages = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("html").path)
            .filter { $0.hasSuffix(".html.gz") }.sorted()
        #expect(pages.count == 181)

        let pipeline = Pipeline(reader: .html, writer: .json)
        var counts: [Shingles.Counts] = []
        var wholePages = 0
        for page in pages {
            let id = String(page.dropLast(".html.gz".count))
            let expected = try #require(truth[id]?["articleBody"] as? String, "\(page) has no ground truth")
            let bytes = try HTMLBenchmarkPagesTests.decompressed(directory.appendingPathComponent("html").appendingPathComponent(page))
            var warnings: [ConversionWarning] = []
            var stripped: [StrippedBlock] = []
            let document = try pipeline.read(
                [ReaderInput(bytes: bytes, name: page, baseURL: truth[id]?["url"] as? String)], warnings: &warnings,
                stripped: &stripped)
            if warnings.contains(where: { $0.message.hasSuffix("whole page kept") }) { wholePages += 1 }
            let text = TextWriter.write(document, options: TextWriter.Options(links: .none, includesTitleBlock: false))
            counts.append(Shingles.match(truth: expected, prediction: String(decoding: text, as: UTF8.self)))
        }
        let scores = Shingles.scores(counts)
        #expect(scores.f1 >= Self.minimumF1, "mean F1 \(scores.f1)")
        #expect(scores.precision >= Self.minimumPrecision, "precision \(scores.precision)")
        #expect(scores.recall >= Self.minimumRecall, "recall \(scores.recall)")
        #expect(wholePages <= 3, "\(wholePages) pages kept whole")
    }

    @Test func theMetricCountsSharedShingles() {
        let counts = Shingles.match(truth: "a b c d e", prediction: "a b c d x")
        #expect(counts == Shingles.Counts(truePositives: 1.0 / 3, falsePositives: 1.0 / 3, falseNegatives: 1.0 / 3))
        let perfect = Shingles.scores([Shingles.match(truth: "one two three four", prediction: "one, two; three four")])
        #expect(perfect.f1 == 1)
    }
}

/// The benchmark's metric: 4-token shingles counted as multisets, tp/fp/fn normalised per page,
/// precision and recall the means over pages, F1 from those means.
enum Shingles {
    struct Counts: Equatable {
        var truePositives: Double
        var falsePositives: Double
        var falseNegatives: Double
    }

    /// Runs of letters, digits and `_`, as the benchmark's `\w+`.
    static func tokens(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
    }

    static func shingles(_ text: String) -> [[Substring]: Int] {
        let tokens = tokens(text)
        var counts: [[Substring]: Int] = [:]
        for start in 0..<max(1, tokens.count - 3) where start < tokens.count {
            counts[Array(tokens[start..<min(start + 4, tokens.count)]), default: 0] += 1
        }
        return counts
    }

    static func match(truth: String, prediction: String) -> Counts {
        let expected = shingles(truth)
        let found = shingles(prediction)
        var counts = Counts(truePositives: 0, falsePositives: 0, falseNegatives: 0)
        for key in Set(expected.keys).union(found.keys) {
            let wanted = expected[key] ?? 0
            let got = found[key] ?? 0
            counts.truePositives += Double(min(wanted, got))
            counts.falsePositives += Double(max(0, got - wanted))
            counts.falseNegatives += Double(max(0, wanted - got))
        }
        let total = counts.truePositives + counts.falsePositives + counts.falseNegatives
        guard total > 0 else { return counts }
        return Counts(
            truePositives: counts.truePositives / total, falsePositives: counts.falsePositives / total,
            falseNegatives: counts.falseNegatives / total)
    }

    static func scores(_ pages: [Counts]) -> (f1: Double, precision: Double, recall: Double) {
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        let precision = mean(pages.filter { $0.truePositives + $0.falsePositives > 0 }.map { page in
            page.falsePositives == 0 && page.falseNegatives == 0 ? 1 : page.truePositives / (page.truePositives + page.falsePositives)
        })
        let recall = mean(pages.filter { $0.truePositives + $0.falseNegatives > 0 }.map { page in
            page.falsePositives == 0 && page.falseNegatives == 0 ? 1 : page.truePositives / (page.truePositives + page.falseNegatives)
        })
        return (precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, precision, recall)
    }
}
