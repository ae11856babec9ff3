import Foundation
import Testing

/// `--help`, `--version` and `quire formats`: what a user reads before converting anything.
@Suite struct InformationCommandTests {
    @Test func versionAndHelpSucceedOnStandardOutput() throws {
        let version = try QuireProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        for command in [["--help"], ["convert", "--help"], ["formats", "--help"]] {
            let help = try QuireProcess.run(command)
            #expect(help.status == 0)
            #expect(help.standardOutput.contains("Examples:"), "\(command)")
        }
    }

    @Test func formatsListsReadersAndWriters() throws {
        let table = try QuireProcess.run(["formats"])
        #expect(table.status == 0)
        #expect(table.standardOutput.contains("Input formats (-f):\n  json"))
        #expect(table.standardOutput.contains("Output formats (-t):\n  json"))
        let writers = try QuireProcess.run(["formats", "--writers"])
        #expect(writers.standardOutput.split(separator: "\n").contains("json"))
    }
}
