import Foundation
import Testing

/// Input that is hostile or broken rather than deep: files that are not text, list numbers at
/// the ends of the integers, a YAML alias bomb. Each fails with one line or converts, and
/// never crashes.
@Suite struct MalformedInputCommandTests {
    func write(_ bytes: [UInt8], _ name: String, in scratch: ScratchDirectory) throws -> URL {
        let url = scratch.url.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    // MARK: - Not text

    /// Random bytes, a program and a file of zeros, whatever they are named, are refused with
    /// one line and exit 1, leaving no output.
    @Test func inputThatIsNotTextIsRefused() throws {
        let scratch = try ScratchDirectory()
        var generator = SystemRandomNumberGenerator()
        let random = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let program = Array(try Data(contentsOf: QuireProcess.executable).prefix(200_000))
        let inputs: [(String, [UInt8], String)] = [
            ("random.html", random, "binary data, not text"),
            ("random.txt", random, "binary data, not text"),
            ("program.txt", program, "an ELF program or library"),
            ("program.md", program, "an ELF program or library"),
            ("zeros.txt", [UInt8](repeating: 0, count: 4_096), "binary data, not text"),
            ("zeros.html", [UInt8](repeating: 0, count: 4_096), "binary data, not text"),
            ("zeros.json", [0, 0, 0], "binary data, not text"),
        ]
        for (name, bytes, kind) in inputs {
            let input = try write(bytes, name, in: scratch)
            let output = scratch.url.appendingPathComponent("out.txt")
            let run = try QuireProcess.run(["convert", input.path, "-t", "text", "-o", output.path])
            #expect(run.status == 1, "\(name)")
            #expect(run.standardError == "quire: \(input.path): not a document quire reads (it is \(kind))\n", "\(name)")
            #expect(!FileManager.default.fileExists(atPath: output.path), "\(name)")
        }
        // From standard input too.
        let piped = try QuireProcess.run(["convert", "-", "-t", "text"], input: Data(random))
        #expect(piped.status == 1)
        #expect(piped.standardError.hasSuffix("not a document quire reads (it is binary data, not text)\n"))
        #expect(piped.standardOutput.isEmpty)
    }

    /// Legacy character sets have many bytes that are not UTF-8, and a page may carry a stray
    /// NUL or a few control characters: all text.
    @Test func legacyTextAndStrayControlCharactersAreStillRead() throws {
        let scratch = try ScratchDirectory()
        let inputs: [(String, [UInt8])] = [
            // "Привет, мир" in KOI8-R, "日本語" in Shift_JIS, "中文" in GB18030, "café" in Windows-1252.
            ("koi8.txt", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x2C, 0x20, 0xCD, 0xC9, 0xD2, 0x0A]),
            ("sjis.txt", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x0A]),
            ("gb18030.md", [0xD6, 0xD0, 0xCE, 0xC4, 0x81, 0x30, 0x81, 0x30, 0x0A]),
            ("latin.html", Array("<p>caf".utf8) + [0xE9] + Array(" au lait</p>".utf8)),
        ]
        for (name, line) in inputs {
            let input = try write(Array([[UInt8]](repeating: line, count: 50).joined()), name, in: scratch)
            let run = try QuireProcess.run(["convert", input.path, "-t", "text"])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            #expect(!run.standardOutput.isEmpty, "\(name)")
        }
        _ = try write(
            Array("<p>A page with a stray ".utf8) + [0x00] + Array(" NUL and \u{01} two \u{02} control characters.</p>".utf8),
            "stray.html", in: scratch)
        for name in ["stray.html"] {
            let input = scratch.url.appendingPathComponent(name)
            let run = try QuireProcess.run(["convert", input.path, "-t", "text"])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            #expect(!run.standardOutput.isEmpty, "\(name)")
        }
        let latin = try QuireProcess.run(["convert", scratch.url.appendingPathComponent("latin.html").path, "-t", "text"])
        #expect(latin.standardOutput.hasPrefix("café au lait"))
        let stray = try QuireProcess.run(["convert", scratch.url.appendingPathComponent("stray.html").path, "-t", "text"])
        #expect(stray.standardOutput.contains("two"))
    }

    /// UTF-16 and UTF-32 without a byte-order mark were read as one-byte text: zeros between
    /// the letters, or an empty page.
    @Test func utf16AndUTF32WithoutAByteOrderMarkAreDecoded() throws {
        let scratch = try ScratchDirectory()
        let text = "The Mill\n\nMoulin à marée, Мельница, 水车.\n"
        let forms: [(String, (UInt32) -> [UInt8], Bool)] = [
            ("utf16le", { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, true),
            ("utf16be", { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, true),
            ("utf32le", { u in (0..<4).map { UInt8(truncatingIfNeeded: u >> (8 * $0)) } }, false),
            ("utf32be", { u in (0..<4).reversed().map { UInt8(truncatingIfNeeded: u >> (8 * $0)) } }, false),
        ]
        for (name, encode, isUTF16) in forms {
            let units = isUTF16 ? text.utf16.map(UInt32.init) : text.unicodeScalars.map(\.value)
            let bytes = units.flatMap(encode)
            for fileExtension in ["txt", "md", "html"] {
                let input = try write(bytes, "\(name).\(fileExtension)", in: scratch)
                let run = try QuireProcess.run(["convert", input.path, "-t", "text"])
                #expect(run.status == 0, "\(name).\(fileExtension): \(run.standardError)")
                #expect(run.standardOutput.contains("Moulin à marée, Мельница, 水车."), "\(name).\(fileExtension): \(run.standardOutput)")
                #expect(!run.standardOutput.contains("\0"), "\(name).\(fileExtension)")
            }
        }
    }

    /// An empty file converts to an empty document, as before.
    @Test func anEmptyFileIsAnEmptyDocument() throws {
        let scratch = try ScratchDirectory()
        for name in ["empty.txt", "empty.md", "empty.html"] {
            let input = try write([], name, in: scratch)
            let run = try QuireProcess.run(["convert", input.path, "-t", "json", "--compact"])
            #expect(run.status == 0, "\(name): \(run.standardError)")
            #expect(run.standardOutput.contains(#""blocks":[]"#), "\(name)")
        }
    }

    // MARK: - List numbers

    @Test func listNumbersAtTheEndsOfTheIntegersAreClamped() throws {
        let scratch = try ScratchDirectory()
        let html = try scratch.write(
            "lists.html",
            "<ol start=\"9223372036854775807\"><li>first<li>second</ol><ol start=\"-9223372036854775808\"><li>third<li>fourth</ol>")
        let json = try scratch.write(
            "lists.json",
            #"{"format":"quire-document","version":1,"blocks":[{"type":"ordered_list","start":9223372036854775807,"items":["#
                + #"{"content":[{"type":"paragraph","content":[{"type":"text","text":"first"}]}]},"#
                + #"{"content":[{"type":"paragraph","content":[{"type":"text","text":"second"}]}]}]}]}"#)
        for input in [html, json] {
            for format in ["text", "markdown", "html", "json", "epub"] {
                let output = scratch.url.appendingPathComponent("out.\(format)")
                let run = try QuireProcess.run(
                    ["convert", input.path, "-t", format, "-o", output.path], environment: ["SWIFT_BACKTRACE": "enable=no"])
                #expect(run.status == 0, "\(input.lastPathComponent) to \(format): \(run.standardError.prefix(300))")
            }
        }
        let text = try QuireProcess.run(["convert", html.path, "-t", "text"])
        #expect(text.standardOutput.contains("999999999.  first\n1000000000. second"))
        #expect(text.standardOutput.contains("-999999999. third\n-999999998. fourth"))
    }

    // MARK: - YAML

    /// Nine levels of nine aliases in 459 bytes took 3.4 GB and 12 s; ten levels exhausted
    /// memory. Refused at once, naming the file.
    @Test func aYAMLAliasBombInFrontMatterIsRefused() throws {
        let scratch = try ScratchDirectory()
        for (levels, width) in [(9, 9), (10, 10)] {
            var yaml = "a: &a [" + Array(repeating: "\"lol\"", count: width).joined(separator: ",") + "]\n"
            for level in 1..<levels {
                let name = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level)))
                let previous = String(UnicodeScalar(UInt8(ascii: "a") + UInt8(level - 1)))
                yaml += "\(name): &\(name) [" + Array(repeating: "*" + previous, count: width).joined(separator: ",") + "]\n"
            }
            let input = try scratch.write("bomb\(levels).md", "---\n" + yaml + "---\n\n# Title\n\nText.\n")
            let start = Date()
            let run = try QuireProcess.run(["convert", input.path, "-t", "json"])
            #expect(Date().timeIntervalSince(start) < 10)
            #expect(run.status == 1)
            #expect(
                run.standardError
                    == "quire: \(input.path): invalid YAML front matter: its aliases expand to more than 10000 values (a YAML alias bomb?)\n")
            #expect(run.standardOutput.isEmpty)
        }
    }
}
