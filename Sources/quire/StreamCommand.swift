import ArgumentParser
import CHeap
import Foundation
import Quire

extension RecordFormat: ExpressibleByArgument {}

struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Convert a stream of records (JSON lines or WARC) to one JSON line per record.",
        discussion: """
            Reads records from the files named, or standard input, and writes one compact JSON line
            per document to standard output, in input order (docs/scale.md): a Spark RDD.pipe or
            Hadoop Streaming mapper. JSON lines carry {"id", "url", "html"|"markdown"|"text"|
            "body_base64", "content_type", "format", "metadata"}; WARC (plain or .gz) response
            records with an HTML payload become documents, other records are counted. Images are
            never downloaded.

            Exit codes: 0 the whole input was read and every record has its line (even a failed
            one), 1 some records failed and --fail-on-error was given, 2 usage error, 3 the input
            could not be read to its end (an I/O error, corrupt gzip) or a file could not be opened.

            Examples:
              quire stream pages.jsonl -t text > texts.jsonl
              zcat crawl.warc.gz | quire stream --from-records warc -t markdown -j 4
              quire stream CC-MAIN-00001.warc.gz -t json --include-stripped --record-timeout 30
            """)

    @Argument(help: "Files of records (gzip or not); '-' or nothing reads standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("from-records"), help: ArgumentHelp("The record format (default: detected from the first bytes).", valueName: "ndjson|warc"))
    var fromRecords: RecordFormat?

    @OptionGroup var conversion: ConversionOptions

    @Option(name: .customShort("j"), help: "Conversions at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Write each line as its record finishes, not in input order.")
    var unordered = false

    @Option(help: ArgumentHelp("A record larger than N bytes fails without being converted.", valueName: "N"))
    var maxBytes: Int = 50 << 20

    @Option(help: ArgumentHelp("A record still converting after this many seconds fails.", valueName: "seconds"))
    var recordTimeout: Double?

    @Flag(help: "Exit 1 when any record failed (by default failures are only in their lines).")
    var failOnError = false

    static let exitInputUnread: Int32 = 3

    func validate() throws {
        guard (1...1024).contains(jobs) else { throw ValidationError("-j must be between 1 and 1024, got \(jobs)") }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be above 0, got \(maxBytes)") }
        if let recordTimeout, !(recordTimeout.isFinite && recordTimeout > 0 && recordTimeout <= 86_400) {
            throw ValidationError("--record-timeout expects seconds above 0 and at most 86400, got \(recordTimeout)")
        }
        if conversion.reportStripped != nil {
            throw ValidationError("--report-stripped is for convert and batch; stream lines take --include-stripped")
        }
    }

    func run() throws {
        // Many conversions in one process: the costlier faults of 2 MB pages pay (see CHeap).
        quire_heap_on_huge_pages()
        // One conversion at a time (as Spark runs it, one process a core): it and the reading
        // thread share the main heap, on huge pages, instead of the converting thread getting
        // an arena of its own, whose every malloc and free cost more (callgrind: 90 M
        // instructions over the 311 benchmark pages) and whose memory has no huge pages.
        if jobs == 1 { quire_heap_shared_by_threads() }
        // The removed blocks go into each line, whatever the format, rather than into JSON output only.
        var options = conversion
        options.includeStripped = false
        let pipeline = try options.pipeline(outputPath: nil, fetching: FetchingOptions.parse(["--no-fetch-resources"]))
        let converter = StreamConverter(
            pipeline: pipeline, maximumBytes: maxBytes, includesStripped: conversion.includeStripped,
            overridingCharset: try conversion.overridingCharset())
        let runner = StreamRunner(
            converter: converter, options: StreamRunner.Options(jobs: jobs, isOrdered: !unordered, recordTimeout: recordTimeout))
        var inputs = StreamInputs(paths: self.inputs.isEmpty ? ["-"] : self.inputs, format: fromRecords, maximumBytes: maxBytes)
        let summary = runner.run(next: { inputs.next() }, emit: Self.writeLine)
        printToStandardError("quire: stream: \(summary.description)")
        if summary.outputClosed {
            throw CommandFailure(message: "standard output was closed", exitCode: Self.exitInputUnread)
        }
        if inputs.isIncomplete { throw CommandFailure(message: "", exitCode: Self.exitInputUnread, isSummary: true) }
        if failOnError, summary.failed > 0 { throw CommandFailure(message: "", exitCode: 1, isSummary: true) }
    }

    /// Writes one line to standard output at once (no buffering, so a consumer sees each record
    /// as soon as it is done); false when the output is gone.
    @Sendable static func writeLine(_ line: [UInt8]) -> Bool {
        line.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}

/// The named inputs opened one after the other, their records as one sequence. A file that
/// cannot be opened or read to its end is reported on standard error and marks the run incomplete.
struct StreamInputs {
    private var paths: ArraySlice<String>
    private let format: RecordFormat?
    private let maximumBytes: Int
    private var current: (source: RecordSource, descriptor: Int32, name: String)?
    private(set) var isIncomplete = false

    init(paths: [String], format: RecordFormat?, maximumBytes: Int) {
        self.paths = paths[...]
        self.format = format
        self.maximumBytes = maximumBytes
    }

    mutating func next() -> StreamItem? {
        while true {
            if current == nil, !openNext() { return nil }
            guard var source = current?.source, let descriptor = current?.descriptor, let name = current?.name else {
                return nil
            }
            if let item = source.next() {
                current = (source, descriptor, name)
                return item
            }
            if let failure = source.ioFailure {
                printToStandardError("quire: \(failure)")
                isIncomplete = true
            }
            if let failure = source.dataFailure, case .corruptGzip = failure {
                printToStandardError("quire: \(failure)")
                isIncomplete = true
            }
            if descriptor != STDIN_FILENO { close(descriptor) }
            current = nil
        }
    }

    /// Opens the next input that can be opened; false when none is left.
    private mutating func openNext() -> Bool {
        while let path = paths.popFirst() {
            let isStandardInput = path == "-"
            let name = isStandardInput ? "<stdin>" : path
            let descriptor = isStandardInput ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                printToStandardError("quire: \(path): cannot open: \(String(cString: strerror(errno)))")
                isIncomplete = true
                continue
            }
            do {
                let source = try RecordSource(
                    FileDescriptorSource(descriptor: descriptor, name: name), name: name,
                    file: isStandardInput ? nil : path, format: format, maximumBytes: maximumBytes)
                current = (source, descriptor, name)
                return true
            } catch {
                printToStandardError("quire: \(error)")
                isIncomplete = true
                if !isStandardInput { close(descriptor) }
            }
        }
        return false
    }
}
