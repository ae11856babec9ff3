import Glibc
import Synchronization

/// The settings each output of a batch was made with, kept in the output folder, so a rerun
/// with other options (`--columns 40`) or another quire redoes the outputs those would change
/// instead of skipping them because they are newer than their inputs.
///
/// The file, `.quire-manifest` (hidden, so a batch over the output folder never reads it), is
/// text: a comment, `settings` lines giving an identifier to quire's version and the options,
/// and one `output` line per output written, naming the settings it was made with and ending
/// with the output's word count, so a rerun that skips the output can still report its words.
/// Later lines win; a rerun rewrites it without the lines that no longer count. Tabs, line ends
/// and backslashes in paths are written `\t`, `\n`, `\\`.
public final class BatchManifest: Sendable {
    public static let fileName = ".quire-manifest"

    /// quire's version and this run's options, one a line, as `settings` records them.
    public let settings: [String]
    /// A short digest of `settings`: equal settings, equal identifiers.
    public let identifier: String
    private let path: String
    private let directoryPrefix: String
    /// What the file said before this run: output (relative to the folder) to the settings it
    /// was made with and its words, and the settings of each identifier still in use.
    private let previousOutputs: [String: Entry]
    private let previousSettings: [String: String]
    private let log = Mutex<Int32?>(nil)

    private struct Entry {
        var identifier: String
        /// `nil` in a manifest written before word counts were kept.
        var words: Int?
    }

    /// Reads the manifest of `outputDirectory`, if there is one; `options` describe what decides
    /// an output's bytes (the CLI's format and writer options), in a stable order.
    public init(outputDirectory: String, options: [String]) {
        let directory = outputDirectory.hasSuffix("/") ? String(outputDirectory.dropLast()) : outputDirectory
        directoryPrefix = directory + "/"
        path = directoryPrefix + Self.fileName
        settings = ["quire \(quireVersion)"] + options
        identifier = SHA1.digest(Array(settings.joined(separator: "\n").utf8)).prefix(6).map(hexadecimal).joined()
        var outputs: [String: Entry] = [:]
        var known: [String: String] = [:]
        if let bytes = try? FileAccess.read(path) {
            for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3 else { continue }
                switch fields[0] {
                case "settings": known[fields[1]] = fields.dropFirst(2).joined(separator: "\t")
                case "output":
                    outputs[Self.unescaped(fields[2])] = Entry(identifier: fields[1], words: fields.count == 4 ? Int(fields[3]) : nil)
                default: continue
                }
            }
        }
        previousOutputs = outputs
        previousSettings = known
    }

    /// True when `output` (a path under the output folder) was last written with this run's
    /// settings. An output the manifest does not name was made by someone else, or by a quire
    /// from before manifests: it cannot be trusted to match.
    public func madeWithSameSettings(_ output: String) -> Bool {
        previousOutputs[relative(output)]?.identifier == identifier
    }

    /// The word count recorded with `output` by the run that wrote it, for the report of a run
    /// that skips it; `nil` when the manifest does not say.
    public func words(of output: String) -> Int? {
        previousOutputs[relative(output)]?.words
    }

    /// Notes that `output`, of `words` words, was written with this run's settings. The first
    /// call rewrites the file with what still counts from before; each call then appends one
    /// line. Failing to keep the manifest costs only a redone conversion next time, so it is
    /// not an error.
    public func record(_ output: String, words: Int) {
        let line = Self.outputLine(relative(output), Entry(identifier: identifier, words: words))
        log.withLock { descriptor in
            if descriptor == nil { descriptor = open(replacingPreviousWith: relative(output)) }
            guard let descriptor, descriptor >= 0 else { return }
            _ = Array(line.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
    }

    /// Closes the file; later records are dropped.
    public func close() {
        log.withLock { descriptor in
            if let open = descriptor, open >= 0 { Glibc.close(open) }
            descriptor = -1
        }
    }

    deinit { close() }

    private func open(replacingPreviousWith first: String) -> Int32 {
        var kept = previousOutputs.filter { $0.key != first && FileAccess.exists(directoryPrefix + $0.key) }
        kept = kept.filter { previousSettings[$0.value.identifier] != nil }
        var text = "# quire batch manifest: the settings each output was made with, and its words; a rerun redoes outputs made otherwise\n"
        for identifier in Set(kept.values.map(\.identifier)).sorted() where identifier != self.identifier {
            text += "settings\t\(identifier)\t\(previousSettings[identifier] ?? "")\n"
        }
        text += "settings\t\(identifier)\t\(settings.map(Self.escaped).joined(separator: " "))\n"
        for (output, entry) in kept.sorted(by: { $0.key < $1.key }) {
            text += Self.outputLine(output, entry)
        }
        do {
            try FileAccess.createDirectories(forFile: path)
            try FileAccess.writeAtomically(Array(text.utf8), to: path)
            return Glibc.open(SystemPath.cString(path), O_WRONLY | O_APPEND | O_CLOEXEC)
        } catch {
            return -1
        }
    }

    private static func outputLine(_ output: String, _ entry: Entry) -> String {
        "output\t\(entry.identifier)\t\(escaped(output))" + (entry.words.map { "\t\($0)" } ?? "") + "\n"
    }

    private func relative(_ output: String) -> String {
        output.hasPrefix(directoryPrefix) ? String(output.dropFirst(directoryPrefix.count)) : output
    }

    static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" }) else { return text }
        return text.replacingAll("\\", with: "\\\\").replacingAll("\t", with: "\\t").replacingAll("\n", with: "\\n")
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var pendingBackslash = false
        for character in text {
            if pendingBackslash {
                result.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
