import Foundation

/// Tests/http-server.py on 127.0.0.1 and a free port, for one test suite; killed with it.
final class LocalHTTPServer {
    private let process = Process()
    private let logFile: URL
    /// `http://127.0.0.1:PORT`.
    let base: String
    /// The port alone, for tests that reach the same server under another name or address.
    let port: String

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("http-server.py")
        let name = "quire-http-\(UUID().uuidString)"
        let portFile = FileManager.default.temporaryDirectory.appendingPathComponent(name)
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent(name + ".log")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, portFile.path, logFile.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var port: String?
        for _ in 0..<100 where port == nil {
            port = try? String(contentsOf: portFile, encoding: .utf8)
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        try? FileManager.default.removeItem(at: portFile)
        self.port = port ?? "0"
        base = "http://127.0.0.1:\(self.port)"
    }

    /// SIGKILL: processes started from the test runner's threads inherit a mask that blocks SIGTERM.
    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: logFile)
    }

    /// The path (with query) of every request received so far, in order.
    var requests: [String] {
        ((try? String(contentsOf: logFile, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}
