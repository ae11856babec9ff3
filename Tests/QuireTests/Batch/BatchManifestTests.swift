import Foundation
import Quire
import Testing

@Suite struct BatchManifestTests {
    private func scratchFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quire-manifest-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func anOutputCountsOnlyWithTheSettingsThatMadeIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Odd names survive the file's tab-separated lines.
        let names = ["a.txt", "sub/tab\there.txt", "new\nline.txt", "back\\slash.txt"]
        for name in names {
            try FileManager.default.createDirectory(
                atPath: folder + "/" + (name as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        let first = BatchManifest(outputDirectory: folder + "/", options: ["--columns 72"])
        #expect(!first.madeWithSameSettings(folder + "/a.txt"), "an output no manifest names cannot be trusted")
        for (index, name) in names.enumerated() { first.record(folder + "/" + name, words: index * 10) }
        first.close()

        let same = BatchManifest(outputDirectory: folder, options: ["--columns 72"])
        #expect(same.identifier == first.identifier)
        #expect(names.allSatisfy { same.madeWithSameSettings(folder + "/" + $0) })
        #expect(names.indices.map { same.words(of: folder + "/" + names[$0]) } == names.indices.map { $0 * 10 })
        let other = BatchManifest(outputDirectory: folder, options: ["--columns 40"])
        #expect(other.identifier != first.identifier)
        #expect(!other.madeWithSameSettings(folder + "/a.txt"))
        other.record(folder + "/a.txt", words: 7)
        other.close()

        let text = try String(contentsOfFile: folder + "/.quire-manifest", encoding: .utf8)
        #expect(text.contains("quire \(quireVersion) --columns 40"))
        let mixed = BatchManifest(outputDirectory: folder, options: ["--columns 40"])
        #expect(mixed.madeWithSameSettings(folder + "/a.txt"))
        #expect(mixed.words(of: folder + "/a.txt") == 7)
        #expect(mixed.words(of: folder + "/back\\slash.txt") == 30, "the rewrite keeps the earlier outputs' counts")
        #expect(!mixed.madeWithSameSettings(folder + "/sub/tab\there.txt"))
        let original = BatchManifest(outputDirectory: folder, options: ["--columns 72"])
        #expect(original.madeWithSameSettings(folder + "/new\nline.txt") && original.madeWithSameSettings(folder + "/back\\slash.txt"))
    }
}
