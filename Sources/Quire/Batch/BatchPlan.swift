import Glibc

/// Which input goes to which output, decided before any work starts.
public struct BatchPlan: Sendable {
    public struct Job: Sendable, Equatable {
        public var input: InputWalker.Input
        public var output: String
    }

    /// A shard `index` of `count` (1-based), as given by `--shard K/N`.
    public struct Shard: Sendable, Equatable {
        public var index: Int
        public var count: Int

        /// Parses `K/N` with 1 ≤ K ≤ N.
        public init?(_ text: String) {
            let parts = text.split(separator: "/")
            guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
            else { return nil }
            self.index = index
            self.count = count
        }

        /// The same answer on every machine: FNV-1a of the path relative to its folder.
        public func contains(_ relativePath: String) -> Bool {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in relativePath.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return Int(hash % UInt64(count)) == index - 1
        }
    }

    public let jobs: [Job]

    /// Outputs mirror the inputs' relative paths under `outputDirectory`, with the writer's
    /// extension. Fails, naming them, when two inputs would write the same output.
    public init(
        inputs: [InputWalker.Input], outputDirectory: String, fileExtension: String, shard: Shard? = nil
    ) throws(BatchPlanError) {
        var jobs: [Job] = []
        var claimed: [String: String] = [:]
        var collisions: [String] = []
        let directory = outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
        for input in inputs where shard?.contains(input.relativePath) ?? true {
            let output = directory + "/" + BatchPlan.replacingExtension(of: CompressedInput.innerName(input.relativePath), with: fileExtension)
            if let earlier = claimed[output] {
                collisions.append("\(earlier) and \(input.path) would both write \(output)")
                continue
            }
            claimed[output] = input.path
            jobs.append(Job(input: input, output: output))
        }
        guard collisions.isEmpty else { throw BatchPlanError(collisions: collisions) }
        self.jobs = jobs
    }

    static func replacingExtension(of path: String, with fileExtension: String) -> String {
        let slash = path.lastIndex(of: "/")
        let nameStart = slash.map { path.index(after: $0) } ?? path.startIndex
        if let dot = path[nameStart...].lastIndex(of: "."), dot != nameStart {
            return path[..<dot] + "." + fileExtension
        }
        return path + "." + fileExtension
    }

    /// True when the output exists and is at least as new as the input (for a URL, when it
    /// exists at all), so a rerun can skip it.
    public static func isUpToDate(_ job: Job) -> Bool {
        var input = stat()
        var output = stat()
        if URLFetcher.isURL(job.input.path) { return stat(SystemPath.cString(job.output), &output) == 0 }
        guard stat(SystemPath.cString(job.input.path), &input) == 0, stat(SystemPath.cString(job.output), &output) == 0
        else { return false }
        let inputTime = (input.st_mtim.tv_sec, input.st_mtim.tv_nsec)
        let outputTime = (output.st_mtim.tv_sec, output.st_mtim.tv_nsec)
        return outputTime >= inputTime
    }
}

extension InputWalker.Input {
    /// URL inputs for a batch, named after their host and path with safe characters only,
    /// made unique with `-2`, `-3`...
    public static func urls(_ addresses: [String]) -> [InputWalker.Input] {
        var used: Set<String> = []
        return addresses.map { address in
            var rest = Substring(address)
            if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
            rest = rest.prefix { $0 != "?" && $0 != "#" }
            var segments = rest.split(separator: "/").map(String.init)
            if let last = segments.last, let dot = last.lastIndex(of: "."),
                ["html", "htm", "xhtml", "php", "asp", "aspx", "md", "txt"].contains(last[last.index(after: dot)...].lowercased())
            {
                segments[segments.count - 1] = String(last[..<dot])
            }
            let safe = segments.joined(separator: "-").map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" }
            var base = String(safe).split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
            if base.isEmpty { base = "page" }
            var name = base
            var suffix = 1
            while !used.insert(name).inserted {
                suffix += 1
                name = "\(base)-\(suffix)"
            }
            return InputWalker.Input(path: address, relativePath: name)
        }
    }
}

public struct BatchPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    public var collisions: [String]

    public init(collisions: [String]) {
        self.collisions = collisions
    }

    public var description: String {
        "\(collisions.count) output\(collisions.count == 1 ? "" : "s") would be written twice: " + collisions.joined(separator: "; ")
    }
}
