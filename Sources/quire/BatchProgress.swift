import Foundation
import Quire
import QuireDocument

/// What the user sees while a batch runs, and the report file: a live line on a terminal,
/// one line per file otherwise.
final class BatchProgress: @unchecked Sendable {
    private let total: Int
    private let quiet: Bool
    private let isTerminal = FileAccess.isTerminal(2)
    private let useColor = ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    private let start = Date()
    private var report: FileHandle?
    private let reportPath: String?
    private var strippedReport: FileHandle?
    private(set) var converted = 0
    private(set) var skipped = 0
    private(set) var failures = 0

    /// Called only from the runner's serialised callback and then from the main thread.
    init(total: Int, quiet: Bool, reportPath: String?, strippedReportPath: String? = nil) throws(FileAccessError) {
        self.total = total
        self.quiet = quiet
        self.reportPath = reportPath
        if let reportPath {
            report = FileHandle(fileDescriptor: try FileAccess.openForWriting(reportPath), closeOnDealloc: true)
        }
        if let strippedReportPath {
            strippedReport = FileHandle(fileDescriptor: try FileAccess.openForWriting(strippedReportPath), closeOnDealloc: true)
        }
    }

    func record(_ result: BatchRunner.Result) {
        switch result.status {
        case .converted: converted += 1
        case .skipped: skipped += 1
        case .failed: failures += 1
        }
        writeReportLine(result)
        if let strippedReport, !result.stripped.isEmpty {
            strippedReport.write(Data(result.stripped.flatMap(\.reportLine)))
        }
        let done = converted + skipped + failures
        if result.status == .failed {
            clearLiveLine()
            printToStandardError("quire: \(result.error ?? result.job.input.path)")
        }
        if !quiet, !result.warnings.isEmpty {
            clearLiveLine()
            result.warnings.forEach { printToStandardError("quire: \($0)") }
        }
        if result.status != .failed, !quiet, !isTerminal {
            printToStandardError("\(result.status.rawValue) \(result.job.input.path) -> \(result.job.output)")
        }
        if isTerminal, !quiet { showLiveLine(done: done) }
    }

    /// The summary line, printed; returned so an exit with a status can repeat nothing.
    func finish(interrupted: Bool, brokenLinks: Int = 0) -> String {
        try? report?.close()
        try? strippedReport?.close()
        clearLiveLine()
        let seconds = Date().timeIntervalSince(start)
        var summary = "\(converted) converted, \(skipped) skipped, \(failures) failed" + Self.brokenLinksNote(brokenLinks)
        summary += " in \(String(format: "%.1f", seconds)) s"
        if interrupted { summary += "; interrupted, \(total - converted - skipped - failures) not started" }
        printToStandardError(summary)
        return summary
    }

    /// `, 2 broken links skipped` for the summary, or nothing.
    static func brokenLinksNote(_ count: Int) -> String {
        count == 0 ? "" : ", \(count) broken link\(count == 1 ? "" : "s") skipped"
    }

    private func showLiveLine(done: Int) {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        var line = "\(done)/\(total) files, \(String(format: "%.1f", rate))/s, \(Int(left.rounded())) s left"
        if failures > 0 { line += useColor ? ", \u{1B}[31m\(failures) failed\u{1B}[0m" : ", \(failures) failed" }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    private func clearLiveLine() {
        if isTerminal, !quiet { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func writeReportLine(_ result: BatchRunner.Result) {
        guard let report else { return }
        var members: [(key: String, value: JSONValue)] = [
            ("input", .string(result.job.input.path)), ("output", .string(result.job.output)),
            ("status", .string(result.status.rawValue)),
        ]
        members.append(("error", result.error.map(JSONValue.string) ?? .null))
        members += [
            ("words", result.wordCount.map(JSONValue.integer) ?? .null), ("stripped_blocks", .integer(result.strippedBlocks)),
            ("extraction_unsure", .bool(result.warnings.contains(where: ArticleExtraction.isDoubt))),
            ("warnings", .array(result.warnings.map { .string($0.message) })),
            ("duration_ms", .integer(result.milliseconds)),
        ]
        report.write(Data(JSONValue.object(members).serialized(pretty: false) + [10]))
    }
}
