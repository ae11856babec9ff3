import CHeap
import ArgumentParser
import Dispatch
import Foundation
import Quire
import QuireDocument

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert folders of documents in parallel.",
        discussion: """
            Outputs mirror the inputs' folders under the output folder, with the new extension; the output format is -t, else \(Formats.defaultWriterName). A rerun skips inputs whose output is newer and was made with the same options (--force redoes them) and removes the temporary files an interrupted run left. Ctrl-C stops taking new files, lets the running ones finish, prints the summary and exits 130.

            Exit codes: 0 all converted or skipped, 1 some failed, 2 usage error, 130 interrupted (Ctrl-C).

            Examples:
              quire batch notes/ -t json -o out/
              quire batch site/ -t text -o out/ --include '*.html' -j 4
              quire batch posts/ -t epub -o books/ --strip-boilerplate
              quire batch corpus/ -t json -o out/ --shard 2/8 --report report.jsonl
              quire batch chapters/ --into book.epub -M title="Collected"
              quire batch --urls reading-list.txt -t epub -o books/
              find site -name '*.html' | quire batch --files-from - --root site -o out/
              quire batch mirror/ -t json -o out/ --base-url https://example.org/
            """)

    @Argument(help: "Folders (walked recursively) and files to convert.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Also convert the http(s) URLs listed in this file, one a line ('#' starts a comment).", valueName: "file"))
    var urls: String?

    @Option(help: ArgumentHelp(
        "Also convert the files listed in this file, one path a line ('-': standard input; '#' starts a comment).",
        valueName: "file"))
    var filesFrom: String?

    @Option(help: ArgumentHelp(
        "--files-from: outputs are named by their path relative to this folder (default: the current one).",
        valueName: "folder"))
    var root: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "Local inputs: the address their paths (relative to their folder or --root) resolve against, for their links and source URL.",
            valueName: "url"))
    var baseURL: String?

    @Option(help: ArgumentHelp(
        "Local inputs: their addresses, in JSON lines {\"path\":...,\"url\":...}, which win over --base-url.",
        valueName: "file"))
    var manifest: String?

    @OptionGroup var fetching: FetchingOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Folder the outputs go into.", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("Gather every input into this one file (an anthology for EPUB).", valueName: "file"))
    var into: String?

    @OptionGroup var conversion: ConversionOptions

    @Option(name: .customShort("j"), help: ArgumentHelp("Conversions at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Convert only files matching the glob (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files and folders matching the glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Flag(help: "Include hidden files and folders.")
    var hidden = false

    @Flag(help: "Follow symbolic links (never in a loop); links to nothing are reported.")
    var followLinks = false

    @Flag(help: "Convert even inputs whose output is up to date.")
    var force = false

    @Option(help: ArgumentHelp("Convert only shard K of N of the inputs (stable across machines).", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Write one JSON line per input to this file.", valueName: "file"))
    var report: String?

    @Flag(name: .shortAndLong, help: "Print only failures and the summary.")
    var quiet = false

    func validate() throws {
        if let jobs, !(1...1024).contains(jobs) { throw ValidationError("-j: must be between 1 and 1024, got \(jobs)") }
        guard (output == nil) != (into == nil) else { throw ValidationError("-o: give either -o FOLDER or --into FILE") }
        guard !inputs.isEmpty || urls != nil || filesFrom != nil else {
            throw ValidationError("batch: name folders or files to convert, --files-from FILE or --urls FILE")
        }
        if root != nil, filesFrom == nil { throw ValidationError("--root: names the folder of the --files-from paths; give --files-from") }
        if let baseURL, !ConvertCommand.isAbsoluteURL(baseURL) {
            throw ValidationError("--base-url: expects an absolute URL such as https://example.com/docs/, got '\(baseURL)'")
        }
        if filesFrom == "-", manifest == "-" {
            throw ValidationError("--manifest: standard input already gives the --files-from list; name a file")
        }
        if let shard, BatchPlan.Shard(shard) == nil {
            throw ValidationError("--shard: expects K/N with 1 ≤ K ≤ N, got '\(shard)'")
        }
    }

    func run() throws {
        // Many conversions in one process: the costlier faults of 2 MB pages pay (see CHeap).
        quire_heap_on_huge_pages()
        let pipeline = try conversion.pipeline(outputPath: into, fetching: fetching)
        var walkOptions = InputWalker.Options()
        walkOptions.include = include
        walkOptions.exclude = exclude
        walkOptions.includeHidden = hidden
        walkOptions.followLinks = followLinks
        var found: [InputWalker.Input]
        let brokenLinks: [String]
        do {
            let walk = try InputWalker(options: walkOptions).walk(inputs)
            found = walk.inputs
            brokenLinks = walk.brokenLinks
            if let urls {
                let lines = String(decoding: try FileAccess.read(urls), as: UTF8.self).split(whereSeparator: \.isNewline)
                let addresses = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
                if let bad = addresses.first(where: { !URLFetcher.isURL($0) }) {
                    throw CommandFailure.usage("\(urls): not an http(s) URL: \(bad)")
                }
                found += InputWalker.Input.urls(addresses)
            }
            if let filesFrom {
                let list = String(decoding: try FileAccess.read(filesFrom), as: UTF8.self)
                do {
                    found += try InputList(root: root ?? ".").inputs(listedIn: list)
                } catch {
                    throw CommandFailure.usage(error.description)
                }
            }
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            // A missing or unreadable input is the same fault, with the same code, as in convert.
            throw CommandFailure.conversion(error)
        }
        if into == nil, let output = self.output, FileAccess.exists(output), !FileAccess.isDirectory(output) {
            throw CommandFailure.usage("\(output): is a file; -o names the folder the outputs go into (--into FILE gathers them into one)")
        }
        // A link to nothing is a document the user meant to convert: said, like a failure.
        brokenLinks.forEach { printToStandardError("quire: \($0): broken symbolic link, skipped") }
        // A folder of files quire does not read (compressed with something other than gzip,
        // say) must not look like a batch that succeeded.
        guard !found.isEmpty else {
            // Lists name files whatever their extension: only an empty list finds nothing.
            if inputs.isEmpty, let filesFrom {
                let name = filesFrom == "-" ? "standard input" : filesFrom
                throw CommandFailure(message: "\(name): lists no files to convert", exitCode: 1)
            }
            let extensions = InputWalker.Options().extensions.sorted().map { ".\($0)" }.joined(separator: ", ")
            throw CommandFailure(
                message: "\((inputs + [urls, filesFrom].compactMap { $0 }).joined(separator: ", ")): no documents to convert (quire reads \(extensions), and the same with .gz)",
                exitCode: 1)
        }
        let addresses = try inputAddresses()
        if let into {
            try gather(found, into: into, pipeline: pipeline, addresses: addresses, brokenLinks: brokenLinks.count)
            return
        }
        let output = self.output ?? ""
        let plan: BatchPlan
        do {
            plan = try BatchPlan(
                inputs: found, outputDirectory: output, fileExtension: pipeline.writer.extensions.first ?? pipeline.writer.name,
                shard: shard.flatMap(BatchPlan.Shard.init))
        } catch {
            throw CommandFailure.usage(error.description)
        }
        try refuseOutputAmongInputs(output, plan: plan)
        FileAccess.removeStaleTemporaryFiles(under: output)

        let loader = InputLoader(
            fetcher: URLFetcher(options: fetching.fetcherOptions), overridingCharset: try conversion.overridingCharset())
        let outputManifest = BatchManifest(
            outputDirectory: output, options: conversion.outputSettings + fetching.outputSettings + addressSettings)
        let runner = BatchRunner(
            plan: plan, pipeline: pipeline, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, force: force,
            loader: loader, manifest: outputManifest, addresses: addresses)
        let progress: BatchProgress
        do {
            progress = try BatchProgress(
                total: plan.jobs.count, quiet: quiet, reportPath: report, strippedReportPath: conversion.reportStripped)
        } catch {
            throw CommandFailure.conversion(error)
        }
        let interrupt = InterruptWatcher { runner.stop() }
        runner.run { progress.record($0) }
        interrupt.cancel()
        outputManifest.close()
        let summary = progress.finish(interrupted: runner.isStopping, brokenLinks: brokenLinks.count)

        if runner.isStopping { throw CommandFailure(message: summary, exitCode: 130, isSummary: true) }
        if progress.failures > 0 { throw CommandFailure(message: summary, exitCode: 1, isSummary: true) }
    }

    /// `--base-url` and `--manifest`, read. A manifest that cannot be read is the same fault as
    /// an input that cannot; a line that gives no address is a usage error.
    private func inputAddresses() throws -> InputAddresses {
        var listed: (text: String, name: String)?
        if let manifest {
            do {
                listed = (String(decoding: try FileAccess.read(manifest), as: UTF8.self), manifest)
            } catch {
                throw CommandFailure.conversion(error)
            }
        }
        do {
            return try InputAddresses(baseURL: baseURL, manifest: listed)
        } catch {
            throw CommandFailure.usage(error.description)
        }
    }

    /// The addresses change the outputs' links and source URL; named only when given, so that
    /// outputs made before these options existed still count as made the same way.
    private var addressSettings: [String] {
        (baseURL.map { ["--base-url \($0)"] } ?? []) + (manifest.map { ["--manifest \($0)"] } ?? [])
    }

    /// Outputs inside an input folder are read back as inputs on every rerun (`out/out/out/...`),
    /// and an output folder that is the input folder would have outputs replace their inputs.
    private func refuseOutputAmongInputs(_ output: String, plan: BatchPlan) throws {
        for root in inputs where FileAccess.isDirectory(root) && FileAccess.isInside(output, folder: root) {
            let relation = FileAccess.isInside(root, folder: output) ? "is the input folder" : "is inside the input folder"
            throw CommandFailure.usage("\(output): the output folder \(relation) \(root); choose a folder outside it")
        }
        if let job = plan.jobs.first(where: { FileAccess.isSameFile($0.input.path, $0.output) }) {
            throw CommandFailure.usage("\(job.input.path): is an input; refusing to write over it")
        }
    }

    /// `--into`: every input, in natural order of their paths, as one document.
    private func gather(
        _ found: [InputWalker.Input], into destination: String, pipeline: Pipeline, addresses: InputAddresses, brokenLinks: Int
    ) throws {
        if let input = found.first(where: { FileAccess.isSameFile($0.path, destination) }) {
            throw CommandFailure.usage("\(input.path): is an input; refusing to write over it")
        }
        let ordered = found.sorted { $0.path.naturallyPrecedes($1.path) }
        var warnings: [ConversionWarning] = []
        defer { warnings.forEach { printToStandardError("quire: \($0)") } }
        // An input that fails is left out of the book and reported; the others still make it.
        let loader = InputLoader(
            fetcher: URLFetcher(options: fetching.fetcherOptions), overridingCharset: try conversion.overridingCharset())
        var documents: [Document] = []
        var stripped: [StrippedBlock] = []
        var failures = 0
        for input in ordered {
            do {
                documents.append(
                    try pipeline.readDocument(
                        addresses.load(input, with: loader), warnings: &warnings, stripped: &stripped,
                        asPartOfAnthology: ordered.count > 1))
            } catch {
                failures += 1
                printToStandardError("quire: \(error)")
            }
        }
        guard !documents.isEmpty else {
            throw CommandFailure(message: "\(destination): not written, no input could be read", exitCode: 1)
        }
        do {
            let document = try pipeline.combine(documents)
            try FileAccess.writeAtomically(to: destination) { emit in
                try pipeline.writer.output(document, pipeline.options, to: emit)
            }
            if let path = conversion.reportStripped {
                try FileAccess.writeAtomically(stripped.flatMap(\.reportLine), to: path)
            }
        } catch {
            throw CommandFailure.conversion(error)
        }
        let summary = "\(documents.count) inputs gathered into \(destination), \(failures) failed"
            + BatchProgress.brokenLinksNote(brokenLinks)
        if failures > 0 || !quiet { printToStandardError(summary) }
        if failures > 0 { throw CommandFailure(message: summary, exitCode: 1, isSummary: true) }
    }
}

/// Ctrl-C and SIGTERM: the first asks the batch to stop taking files; a second ends the process
/// at once (a later run removes what it leaves).
final class InterruptWatcher {
    private let sources: [any DispatchSourceSignal]

    init(onInterrupt: @escaping @Sendable () -> Void) {
        let counter = Counter()
        // A queue of its own gets a thread even while the conversions occupy every thread of
        // the global pool; on `.global()` a loaded batch only heard Ctrl-C once it had finished.
        let queue = DispatchQueue(label: "quire.interrupts")
        sources = [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler {
                if counter.increment() > 1 {
                    FileAccess.removeTemporaryFilesNow()
                    exit(130)
                }
                onInterrupt()
            }
            source.resume()
            return source
        }
    }

    func cancel() {
        sources.forEach { $0.cancel() }
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0

        func increment() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
