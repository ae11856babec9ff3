import Foundation
import Testing

/// An extraction that doubts its choice says so once per input, and `-v` and `batch --report`
/// record it (issue 15): a user never gets a footer instead of an article without a word.
@Suite struct ExtractionConfidenceCommandTests {
    static let doubtfulPage = "html/extraction-footer-disclaimer.html"

    func fixture(_ path: String) -> String { HTMLConvertCommandTests.fixtures.appendingPathComponent(path).path }

    @Test func convertWarnsOnceAndVerboseRecordsTheDoubt() throws {
        let run = try QuireProcess.run(
            ["convert", fixture(Self.doubtfulPage), "-t", "text", "--no-title-block", "--links", "none", "-v"])
        #expect(run.status == 0)
        let lines = run.standardError.split(separator: "\n")
        #expect(lines.filter { $0.contains("warning: article extraction unsure") }.count == 1)
        #expect(lines.contains { $0.hasSuffix("appeals); extraction unsure") })
        #expect(run.standardOutput.hasPrefix("The old car ferry made its final crossing"))
    }

    @Test func batchReportRecordsTheDoubtPerInput() throws {
        let scratch = try ScratchDirectory()
        let folder = scratch.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: fixture(Self.doubtfulPage), toPath: folder.appendingPathComponent("doubtful.html").path)
        try FileManager.default.copyItem(atPath: fixture("article.html"), toPath: folder.appendingPathComponent("clear.html").path)
        let run = try QuireProcess.run(["batch", "in", "-t", "text", "-o", "out", "--report", "report.jsonl", "-q"], in: scratch.url)
        #expect(run.status == 0, "\(run.standardError)")
        let report = try String(contentsOf: scratch.url.appendingPathComponent("report.jsonl"), encoding: .utf8)
        var unsure: [String: Bool] = [:]
        var warnings: [String: [String]] = [:]
        for line in report.split(separator: "\n") {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            let name = URL(fileURLWithPath: record["input"] as? String ?? "").lastPathComponent
            unsure[name] = record["extraction_unsure"] as? Bool
            warnings[name] = record["warnings"] as? [String]
        }
        #expect(unsure == ["doubtful.html": true, "clear.html": false])
        #expect(warnings["clear.html"] == [])
        #expect(warnings["doubtful.html"]?.first?.hasPrefix("article extraction unsure") == true)
    }
}
