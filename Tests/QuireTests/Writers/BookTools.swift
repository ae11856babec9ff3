import Foundation
import Testing

/// External tools the writer tests check output with. A missing tool fails the test that needs
/// it: `make test` installs them (see TEST_PACKAGES in the Makefile).
enum BookTools {
    static let epubcheckJar = "/usr/share/java/epubcheck.jar"

    struct ToolRun {
        var status: Int32
        var output: String
    }

    /// Runs a program found on PATH (or by absolute path) and returns its status and combined output.
    static func run(_ program: String, _ arguments: [String]) throws -> ToolRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolRun(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    static func isInstalled(_ program: String) -> Bool {
        (try? run("sh", ["-c", "command -v \(program)"]).status) == 0
    }

    /// EPUBCheck's verdict on one book: its message counts and full report.
    struct EPUBCheckReport {
        var fatals: Int
        var errors: Int
        var warnings: Int
        var output: String
    }

    /// Runs EPUBCheck (about 2 s of JVM start each), `java -jar` because Debian's wrapper needs
    /// binfmt_misc, which containers lack. The client compiler and serial collector halve the
    /// CPU time and memory of such a short run (measured: 3.1 s instead of 6.2 s user, 210 MB
    /// instead of 380 MB).
    static func epubcheck(_ book: URL) throws -> EPUBCheckReport? {
        guard FileManager.default.fileExists(atPath: epubcheckJar), isInstalled("java") else {
            Issue.record("epubcheck is not installed: run ./scripts/install-packages epubcheck (make test does)")
            return nil
        }
        let result = try run("java", ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", epubcheckJar, book.path])
        func count(_ label: String) -> Int {
            // "Messages: 0 fatals / 1 error / 0 warnings / 0 infos"
            guard let line = result.output.split(separator: "\n").last(where: { $0.hasPrefix("Messages:") }) else {
                return -1
            }
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(where: { $0.hasPrefix(label) }), index > 0 else { return -1 }
            return Int(words[index - 1]) ?? -1
        }
        return EPUBCheckReport(
            fatals: count("fatal"), errors: count("error"), warnings: count("warning"), output: result.output)
    }

    /// Every file of a zip archive, by path, extracted with `unzip`.
    static func unzip(_ archive: URL) throws -> [String: Data] {
        guard isInstalled("unzip") else {
            Issue.record("unzip is not installed (make test installs it)")
            return [:]
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quire-unzip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run("unzip", ["-q", "-o", archive.path, "-d", folder.path])
        #expect(result.status == 0, "unzip failed: \(result.output)")
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            files[relative] = try Data(contentsOf: url)
        }
        return files
    }

    /// The names of the entries in archive order, as `unzip -Z1` lists them.
    static func entryNames(_ archive: URL) throws -> [String] {
        try run("unzip", ["-Z1", archive.path]).output.split(separator: "\n").map(String.init)
    }

    /// `xmllint --noout` over XML files: empty when every file is well-formed, else its complaints.
    static func xmlProblems(_ files: [URL]) throws -> String? {
        guard isInstalled("xmllint") else {
            Issue.record("xmllint is not installed: run ./scripts/install-packages libxml2-utils (make test does)")
            return nil
        }
        let result = try run("xmllint", ["--noout", "--nonet"] + files.map(\.path))
        return result.status == 0 ? "" : result.output
    }
}

/// Small real images, generated for these tests.
enum TestImages {
    /// A 4x4 red PNG.
    static let png = Array(
        Data(
            base64Encoded:
                "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR42mP4z8AARwzEcQCukw/xOF6MEQAAAABJRU5ErkJggg==")!
    )
    /// A 1x1 GIF.
    static let gif = Array(Data(base64Encoded: "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==")!)
    static let svg = Array(
        #"<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="teal"/></svg>"#
            .utf8)
    /// A 1x1 lossless WebP.
    static let webp = Array(Data(base64Encoded: "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")!)
    /// A 16x8 lossy WebP and the same as AVIF, written by libgd.
    static let lossyWebP = Array(
        Data(base64Encoded: "UklGRjgAAABXRUJQVlA4ICwAAACQAQCdASoQAAgAAUAmJaACdLoAA5gA/vBTH+j64RZGX/7Gb/56P/z0f6hgAA==")!)
    static let avif = Array(
        Data(
            base64Encoded:
                "AAAAIGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZk1BMUIAAADybWV0YQAAAAAAAAAoaGRscgAAAAAAAAAAcGljdAAAAAAAAAAAAAAAAGxpYmF2aWYAAAAADnBpdG0AAAAAAAEAAAAeaWxvYwAAAABEAAABAAEAAAABAAABGgAAAB0AAAAoaWluZgAAAAAAAQAAABppbmZlAgAAAAABAABhdjAxQ29sb3IAAAAAamlwcnAAAABLaXBjbwAAABRpc3BlAAAAAAAAABAAAAAIAAAAEHBpeGkAAAAAAwgICAAAAAxhdjFDgQAMAAAAABNjb2xybmNseAABAA0AAYAAAAAXaXBtYQAAAAAAAAABAAEEAQKDBAAAACVtZGF0EgAKCBgMv/JAQ0BhMg8XgAAAQAAPTcJWaeabKXw="
        )!)
    /// A 16x8 JPEG, written by libgd.
    static let jpeg = Array(
        Data(
            base64Encoded:
                "/9j/4AAQSkZJRgABAQEAYABgAAD//gA7Q1JFQVRPUjogZ2QtanBlZyB2MS4wICh1c2luZyBJSkcgSlBFRyB2NjIpLCBxdWFsaXR5ID0gODAK/9sAQwAGBAUGBQQGBgUGBwcGCAoQCgoJCQoUDg8MEBcUGBgXFBYWGh0lHxobIxwWFiAsICMmJykqKRkfLTAtKDAlKCko/9sAQwEHBwcKCAoTCgoTKBoWGigoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo/8AAEQgACAAQAwEiAAIRAQMRAf/EAB8AAAEFAQEBAQEBAAAAAAAAAAABAgMEBQYHCAkKC//EALUQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+v/EAB8BAAMBAQEBAQEBAQEAAAAAAAABAgMEBQYHCAkKC//EALURAAIBAgQEAwQHBQQEAAECdwABAgMRBAUhMQYSQVEHYXETIjKBCBRCkaGxwQkjM1LwFWJy0QoWJDThJfEXGBkaJicoKSo1Njc4OTpDREVGR0hJSlNUVVZXWFlaY2RlZmdoaWpzdHV2d3h5eoKDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uLj5OXm5+jp6vLz9PX29/j5+v/aAAwDAQACEQMRAD8A4yiiivZPzY//2Q=="
        )!)
    /// The first bytes of a JPEG (enough for sniffing, not a picture).
    static let jpegHead: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]
}
