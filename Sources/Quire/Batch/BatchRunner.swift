import Dispatch
import Glibc
import QuireDocument
import Synchronization

/// Runs a plan's conversions on a fixed number of workers that each take the next input when
/// they finish one, so only as many documents are in memory as there are workers.
public final class BatchRunner: Sendable {
    public enum Status: String, Sendable {
        case converted, skipped, failed
    }

    public struct Result: Sendable {
        public var job: BatchPlan.Job
        public var status: Status
        public var error: String?
        public var warnings: [ConversionWarning]
        /// The output's words: for a skipped output, as the manifest recorded them when it was
        /// written; `nil` for a failure, or a skipped output the manifest has no count for.
        public var wordCount: Int?
        /// The blocks the boilerplate transforms removed, with the reasons.
        public var stripped: [StrippedBlock]
        public var milliseconds: Int

        /// How many blocks the boilerplate transforms removed.
        public var strippedBlocks: Int { stripped.count }
    }

    private let plan: BatchPlan
    private let pipeline: Pipeline
    private let jobs: Int
    private let force: Bool
    private let loader: InputLoader
    private let manifest: BatchManifest?
    private let addresses: InputAddresses
    private let state = Mutex(State())

    private struct State {
        var next = 0
        var isStopping = false
    }

    /// With a `manifest`, an output newer than its input is skipped only when it was made with
    /// the same settings, and each output written is recorded in it. `addresses` gives local
    /// inputs the web address they were saved from.
    public init(
        plan: BatchPlan, pipeline: Pipeline, jobs: Int, force: Bool, loader: InputLoader = InputLoader(),
        manifest: BatchManifest? = nil, addresses: InputAddresses = InputAddresses.none
    ) {
        self.plan = plan
        self.manifest = manifest
        self.addresses = addresses
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.force = force
        self.loader = loader
    }

    /// Stops handing out inputs; conversions already running finish.
    public func stop() {
        state.withLock { $0.isStopping = true }
    }

    public var isStopping: Bool { state.withLock { $0.isStopping } }

    /// Converts every job, calling `finished` (from worker threads, one call at a time) as each
    /// one ends. Returns when all workers are done.
    public func run(_ finished: @escaping @Sendable (Result) -> Void) {
        let reporting = Mutex(())
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let job = nextJob() {
                let result = convert(job)
                reporting.withLock { _ in finished(result) }
            }
        }
    }

    private func nextJob() -> BatchPlan.Job? {
        state.withLock { state in
            guard !state.isStopping, state.next < plan.jobs.count else { return nil }
            defer { state.next += 1 }
            return plan.jobs[state.next]
        }
    }

    private func convert(_ job: BatchPlan.Job) -> Result {
        let start = DispatchTime.now().uptimeNanoseconds
        var warnings: [ConversionWarning] = []
        var stripped: [StrippedBlock] = []
        func result(_ status: Status, error: String? = nil, words: Int? = nil) -> Result {
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            return Result(
                job: job, status: status, error: error, warnings: warnings, wordCount: words, stripped: stripped,
                milliseconds: elapsed)
        }
        if !force, BatchPlan.isUpToDate(job), manifest?.madeWithSameSettings(job.output) ?? true {
            return result(.skipped, words: manifest?.words(of: job.output))
        }
        do {
            let document = try pipeline.read(
                [try addresses.load(job.input, with: loader)], warnings: &warnings, stripped: &stripped)
            let output = try pipeline.writer.write(document, pipeline.options)
            try FileAccess.createDirectories(forFile: job.output)
            try FileAccess.writeAtomically(output, to: job.output)
            let words = document.wordCount
            manifest?.record(job.output, words: words)
            return result(.converted, words: words)
        } catch {
            return result(.failed, error: String(describing: error))
        }
    }
}

extension Document {
    /// Words in the text a reader sees, for batch reports.
    public var wordCount: Int {
        var count = 0
        TreeWalk.visit(blocks, block: { block in
            if case .codeBlock(let code) = block { count += Self.words(in: code.text) }
        }, inline: { inline in
            switch inline {
            case .text(let text), .code(let text): count += Self.words(in: text)
            default: break
            }
        })
        return count
    }

    /// Runs of characters between white space, counted on the UTF-8 bytes (ASCII white space
    /// and the no-break space), which is several times faster than splitting Characters.
    private static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            defer { previous = byte }
            // The lead byte of U+0080–U+00BF: what follows says whether it is a space.
            if byte == 0xC2 { continue }
            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte) || (previous == 0xC2 && byte == 0xA0)
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
