// quire-bench: how long the HTML reader takes compared with libxml2's bare parse of the same
// bytes, in one process (issue 3 asks for at most 2x), and the reader followed by the boilerplate
// transforms quire runs on web pages by default (issue 4 asks for at most 4x). Run with
// `make bench`.
//
//   quire-bench DIRECTORY [ROUNDS]
//
// DIRECTORY holds pages as .html, or .html.gz (decompressed with gzip -dc before timing).
// Each round reads every page once both ways; the fastest round of each is reported.

import CLibXML2
import Glibc
import Quire
import QuireDocument

func pages(in directory: String) -> [(name: String, bytes: [UInt8])] {
    guard let stream = opendir(directory) else {
        printError("cannot open \(directory)")
        exit(1)
    }
    defer { closedir(stream) }
    var names: [String] = []
    while let entry = readdir(stream) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if name.hasSuffix(".html") || name.hasSuffix(".html.gz") { names.append(name) }
    }
    return names.sorted().compactMap { name in
        let path = directory + "/" + name
        let bytes = name.hasSuffix(".gz") ? decompressed(path) : try? FileAccess.read(path)
        return bytes.map { (name, $0) }
    }
}

func decompressed(_ path: String) -> [UInt8]? {
    guard let pipe = popen("gzip -dc '\(path)'", "r") else { return nil }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, pipe) }
        if count == 0 { break }
        bytes += chunk[0..<count]
    }
    return pclose(pipe) == 0 ? bytes : nil
}

func printError(_ message: String) {
    let bytes = Array("quire-bench: \(message)\n".utf8)
    _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// The parse HTMLReader builds on, with the same options, and nothing else.
func bareParse(_ bytes: [UInt8]) {
    let options = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
    let document = bytes.withUnsafeBytes { buffer in
        htmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, "UTF-8", options)
    }
    xmlFreeDoc(document)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    printError("usage: quire-bench DIRECTORY [ROUNDS]")
    exit(2)
}
let rounds = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
let corpus = pages(in: arguments[1])
guard !corpus.isEmpty else {
    printError("no .html or .html.gz pages in \(arguments[1])")
    exit(1)
}
xmlSetStructuredErrorFunc(nil) { _, _ in }

let clock = ContinuousClock()
var bestParse = Double.infinity
var bestRead = Double.infinity
var bestClean = Double.infinity
var failures = 0
let pipeline = Pipeline(reader: .html, writer: .json)
for _ in 0..<rounds {
    let parse = clock.measure {
        for page in corpus { bareParse(page.bytes) }
    }
    var read = Duration.zero
    var clean = Duration.zero
    for page in corpus {
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(bytes: page.bytes, name: page.name)
        var document = Document()
        read += clock.measure {
            do {
                document = try HTMLReader.read(input, warnings: &warnings)
            } catch {
                failures += 1
            }
        }
        var stripped: [StrippedBlock] = []
        clean += clock.measure {
            _ = pipeline.clean(document, readBy: .html, file: page.name, warnings: &warnings, stripped: &stripped)
        }
    }
    bestParse = min(bestParse, seconds(parse))
    bestRead = min(bestRead, seconds(read))
    bestClean = min(bestClean, seconds(read + clean))
}

let megabytes = Double(corpus.reduce(0) { $0 + $1.bytes.count }) / 1_000_000
func format(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return "\(rounded)"
}
print("pages: \(corpus.count), \(format(megabytes, 1)) MB, best of \(rounds) rounds")
print("libxml2 bare parse:   \(format(bestParse * 1000, 1)) ms  (\(format(megabytes / bestParse, 1)) MB/s)")
print("HTMLReader.read:      \(format(bestRead * 1000, 1)) ms  (\(format(megabytes / bestRead, 1)) MB/s)")
print("ratio read / parse:   \(format(bestRead / bestParse, 2))")
print("read + boilerplate:   \(format(bestClean * 1000, 1)) ms  (\(format(megabytes / bestClean, 1)) MB/s)")
print("ratio (read + boilerplate) / parse: \(format(bestClean / bestParse, 2))")
if failures > 0 {
    printError("\(failures) pages failed to read")
    exit(1)
}
