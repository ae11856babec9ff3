import Dispatch
import Synchronization

/// Converts a stream's records on `jobs` workers and writes one line per record: in input
/// order (a record's line waits for the lines before it) or as each finishes (`unordered`).
///
/// At most `window` records are between being read and being written, so memory stays flat
/// however long the stream is: reading waits when the window is full.
public final class StreamRunner: Sendable {
    public struct Options: Sendable {
        public var jobs: Int
        /// Records read but not yet written, at most (at least `jobs`).
        public var window: Int
        public var isOrdered: Bool
        /// Seconds after which a record's line says it failed (`--record-timeout`); its
        /// conversion runs on, unseen, and its worker is replaced meanwhile.
        public var recordTimeout: Double?

        public init(jobs: Int, window: Int? = nil, isOrdered: Bool = true, recordTimeout: Double? = nil) {
            self.jobs = max(1, jobs)
            self.window = max(self.jobs, window ?? self.jobs * 4)
            self.isOrdered = isOrdered
            self.recordTimeout = recordTimeout
        }
    }

    /// What a run came to, for the summary line and the exit status.
    public struct Summary: Sendable, Equatable {
        public var converted = 0
        public var failed = 0
        /// Records that made no line, by kind (`request`, `metadata`, `not HTML`...).
        public var skipped: [String: Int] = [:]
        /// Records whose line was written when their timeout passed.
        public var timedOut = 0
        /// Whether standard output stopped taking lines (a closed pipe).
        public var outputClosed = false

        public init() {}

        public var lines: Int { converted + failed }

        /// `311 records: 305 converted, 6 failed; 12 skipped (4 request, 4 metadata, ...)`.
        public var description: String {
            var text = "\(lines) record\(lines == 1 ? "" : "s"): \(converted) converted, \(failed) failed"
            if timedOut > 0 { text += " (\(timedOut) timed out)" }
            let skippedCount = skipped.values.reduce(0, +)
            if skippedCount > 0 {
                let kinds = skipped.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                text += "; \(skippedCount) skipped (" + kinds.map { "\($0.value) \($0.key)" }.joined(separator: ", ") + ")"
            }
            return text
        }
    }

    /// A record's line and whether it was converted (`StreamConverter.line(for:)`).
    public typealias Conversion = @Sendable (StreamRecord) -> (line: [UInt8], isConverted: Bool)

    private let convert: Conversion
    private let options: Options
    private let state = Mutex(State())
    private let slots: DispatchSemaphore
    private let windowSpace: DispatchSemaphore
    private let answered = DispatchGroup()
    private let queue = DispatchQueue(label: "quire.stream", attributes: .concurrent)

    private struct State {
        var summary = Summary()
        var nextToWrite = 0
        /// Lines done but waiting for an earlier one (ordered output).
        var ready: [Int: [UInt8]] = [:]
        /// Records dispatched whose line is not yet decided.
        var pending: Set<Int> = []
    }

    public convenience init(converter: StreamConverter, options: Options) {
        self.init(options: options, convert: converter.line(for:))
    }

    public init(options: Options, convert: @escaping Conversion) {
        self.convert = convert
        self.options = options
        slots = DispatchSemaphore(value: options.jobs)
        windowSpace = DispatchSemaphore(value: options.window)
    }

    /// Reads items with `next` (on the calling thread) until it returns nil or output closes,
    /// writes every line through `emit` (one call at a time; false when output is closed), and
    /// returns when every record read has its line.
    public func run(next: () -> StreamItem?, emit: @escaping @Sendable ([UInt8]) -> Bool) -> Summary {
        var sequence = 0
        while !state.withLock({ $0.summary.outputClosed }), let item = next() {
            switch item {
            case .skipped(let kind):
                state.withLock { $0.summary.skipped[kind, default: 0] += 1 }
            case .failure(let identity, let message):
                let number = begin(&sequence)
                deliver(number, StreamLine.failed(identity, error: message), isConverted: false, emit: emit)
            case .record(let record):
                let number = begin(&sequence)
                slots.wait()
                queue.async {
                    let (line, isConverted) = self.convert(record)
                    if self.deliver(number, line, isConverted: isConverted, emit: emit) { self.slots.signal() }
                }
                if let seconds = options.recordTimeout {
                    // Only the identity: the timer outlives a quick conversion, and holding the
                    // record's content until it fires would keep every page of the last
                    // `seconds` in memory.
                    let identity = record.identity
                    queue.asyncAfter(deadline: .now() + seconds) {
                        let line = StreamLine.failed(
                            identity, error: "took longer than --record-timeout (\(Self.format(seconds)) s)",
                            milliseconds: Int(seconds * 1000))
                        if self.deliver(number, line, isConverted: false, isTimeout: true, emit: emit) { self.slots.signal() }
                    }
                }
            }
        }
        answered.wait()
        return state.withLock { $0.summary }
    }

    /// A sequence number for the next line, once the window has room for it.
    private func begin(_ sequence: inout Int) -> Int {
        windowSpace.wait()
        answered.enter()
        let number = sequence
        sequence += 1
        state.withLock { _ = $0.pending.insert(number) }
        return number
    }

    /// Records line `number` unless it was already decided (a timeout, or the conversion
    /// finishing after one), writing every line now in turn; true when this call decided it.
    @discardableResult
    private func deliver(
        _ number: Int, _ line: [UInt8], isConverted: Bool, isTimeout: Bool = false, emit: @Sendable ([UInt8]) -> Bool
    ) -> Bool {
        let decided = state.withLock { state -> Bool in
            guard state.pending.remove(number) != nil else { return false }
            if isConverted { state.summary.converted += 1 } else { state.summary.failed += 1 }
            if isTimeout { state.summary.timedOut += 1 }
            if !options.isOrdered {
                write(line, state: &state, emit: emit)
                return true
            }
            state.ready[number] = line
            while let ready = state.ready.removeValue(forKey: state.nextToWrite) {
                state.nextToWrite += 1
                write(ready, state: &state, emit: emit)
            }
            return true
        }
        if decided { answered.leave() }
        return decided
    }

    private func write(_ line: [UInt8], state: inout State, emit: @Sendable ([UInt8]) -> Bool) {
        if !state.summary.outputClosed, !emit(line) { state.summary.outputClosed = true }
        windowSpace.signal()
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
