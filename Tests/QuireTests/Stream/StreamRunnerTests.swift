import Foundation
import QuireDocument
import Synchronization
import Testing

@testable import Quire

/// The stream runner: lines in input order whatever the workers' pace, every record answered,
/// a bounded window, and a timeout that answers for a record still converting.
@Suite struct StreamRunnerTests {
    let converter = StreamConverter(
        pipeline: Pipeline(reader: nil, writer: .text), maximumBytes: 1 << 30)

    func records(_ texts: [String]) -> [StreamItem] {
        texts.enumerated().map { index, text in
            .record(StreamRecord(identity: StreamRecordIdentity(id: "r\(index)"), content: .text(text, format: "markdown")))
        }
    }

    func run(_ items: [StreamItem], options: StreamRunner.Options) -> (StreamRunner.Summary, [[String: Any]]) {
        let lines = Mutex<[[UInt8]]>([])
        var remaining = items[...]
        let summary = StreamRunner(converter: converter, options: options).run(
            next: { remaining.popFirst() },
            emit: { line in
                lines.withLock { $0.append(line) }
                return true
            })
        let parsed = lines.withLock { $0 }.compactMap { try? JSONSerialization.jsonObject(with: Data($0)) as? [String: Any] }
        return (summary, parsed)
    }

    @Test func linesComeInInputOrderWithManyWorkersAndASmallWindow() {
        // Long and short documents mixed, so later records often finish first.
        let texts = (0..<120).map { index in
            index % 7 == 0 ? String(repeating: "Many words in a long paragraph. ", count: 2000) : "Record \(index)."
        }
        var items = records(texts)
        items.insert(.skipped(kind: "request"), at: 5)
        items.insert(.failure(StreamRecordIdentity(line: 9), message: "not JSON"), at: 9)
        let (summary, lines) = run(items, options: StreamRunner.Options(jobs: 4, window: 6))
        #expect(summary.converted == 120 && summary.failed == 1 && summary.skipped == ["request": 1])
        let expected = items.compactMap { item -> String? in
            switch item {
            case .record(let record): return record.identity.id
            case .failure(let identity, _): return "line \(identity.line ?? 0)"
            case .skipped: return nil
            }
        }
        #expect(lines.map { ($0["id"] as? String) ?? "line \($0["line"] ?? 0)" } == expected)
        #expect(summary.description == "121 records: 120 converted, 1 failed; 1 skipped (1 request)")
    }

    @Test func unorderedOutputStillAnswersEveryRecordOnce() {
        let texts = (0..<60).map { index in index % 5 == 0 ? String(repeating: "Slow words here. ", count: 3000) : "Fast \(index)." }
        let (summary, lines) = run(records(texts), options: StreamRunner.Options(jobs: 3, isOrdered: false))
        #expect(summary.converted == 60)
        #expect(Set(lines.compactMap { $0["id"] as? String }) == Set((0..<60).map { "r\($0)" }))
        #expect(lines.count == 60)
    }

    @Test func aRecordPastItsTimeoutFailsAndTheOthersGoOn() {
        // A conversion that hangs on one record, so the test does not depend on the machine's speed.
        let runner = StreamRunner(options: StreamRunner.Options(jobs: 1, recordTimeout: 0.3)) { record in
            if case .text("hang", _) = record.content { Thread.sleep(forTimeInterval: 3) }
            return (StreamLine.failed(record.identity, error: "stand-in"), true)
        }
        let lines = Mutex<[String]>([])
        var remaining = records(["before", "hang", "after"])[...]
        let summary = runner.run(next: { remaining.popFirst() }) { line in
            lines.withLock { $0.append(String(decoding: line, as: UTF8.self)) }
            return true
        }
        let written = lines.withLock { $0 }
        #expect(written.count == 3 && summary.converted == 2 && summary.failed == 1 && summary.timedOut == 1)
        #expect(written[0].contains(#""id":"r0""#) && written[2].contains(#""id":"r2""#))
        #expect(written[1].contains(#""id":"r1""#) && written[1].contains("took longer than --record-timeout (0.3 s)"))
    }
}
