import Foundation
import Quire
import Testing

@Suite struct BatchPlanTests {
    func inputs(_ paths: [String]) -> [InputWalker.Input] {
        paths.map { InputWalker.Input(path: "in/" + $0, relativePath: $0) }
    }

    @Test func outputsMirrorTheInputsWithTheNewExtension() throws {
        let plan = try BatchPlan(inputs: inputs(["a.md", "sub/b.html", "c.d/e", "notes.v2.txt"]), outputDirectory: "out/", fileExtension: "epub")
        #expect(plan.jobs.map(\.output) == ["out/a.epub", "out/sub/b.epub", "out/c.d/e.epub", "out/notes.v2.epub"])
    }

    @Test func collisionsAreReportedBeforeAnyWork() {
        #expect(throws: BatchPlanError(collisions: ["in/a.md and in/a.txt would both write out/a.epub"])) {
            try BatchPlan(inputs: inputs(["a.md", "a.txt", "b.md"]), outputDirectory: "out", fileExtension: "epub")
        }
    }

    @Test func shardsPartitionTheInputsExactly() throws {
        let paths = (0..<500).map { "folder\($0 % 7)/document-\($0).md" }
        for count in [1, 2, 3, 8] {
            var seen: [String] = []
            for index in 1...count {
                let shard = try #require(BatchPlan.Shard("\(index)/\(count)"))
                seen += paths.filter(shard.contains)
            }
            #expect(seen.sorted() == paths.sorted(), "\(count) shards")
        }
        #expect(BatchPlan.Shard("0/3") == nil)
        #expect(BatchPlan.Shard("4/3") == nil)
        #expect(BatchPlan.Shard("x") == nil)
    }

    @Test func shardsDoNotDependOnTheMachine() throws {
        // FNV-1a of the relative path: fixed numbers, so every machine agrees.
        let shard = try #require(BatchPlan.Shard("1/2"))
        #expect(["a.md", "b.md", "c.md", "d.md"].map(shard.contains) == [false, true, false, true])
    }
}
