import Foundation

/// Runs the built `quire` executable as a user would, and captures what it did.
struct QuireRun {
    var status: Int32
    var standardOutput: String
    var standardError: String
    var outputBytes: Data
}

enum QuireProcess {
    /// The `quire` built next to this test bundle, or `QUIRE_BIN` when set.
    static let executable: URL = {
        if let path = ProcessInfo.processInfo.environment["QUIRE_BIN"] { return URL(fileURLWithPath: path) }
        var directory = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("quire").path),
            directory.pathComponents.count > 1
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("quire")
    }()

    /// - Parameter environment: variables set (or, with `nil` values, removed) for this run only.
    static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL? = nil, environment: [String: String?] = [:]
    ) throws -> QuireRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            var variables = ProcessInfo.processInfo.environment
            for (name, value) in environment { variables[name] = value }
            process.environment = variables
        }
        let standardInput = Pipe()
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = standardInput
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(input) }
        try standardInput.fileHandleForWriting.close()
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errors = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return QuireRun(
            status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self), outputBytes: output)
    }
}

/// A fresh folder for one test, removed when the test ends.
final class ScratchDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quire-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` (which may name folders, created as needed) in this folder.
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    var fileNames: [String] { (try? FileManager.default.contentsOfDirectory(atPath: url.path).sorted()) ?? [] }
}

extension QuireProcess {
    /// Runs quire with a pseudo-terminal as standard input, as a user typing `quire` at a prompt
    /// would; killed after `timeout` seconds so a wait for typed input fails the test, not the run.
    static func runWithTerminalInput(_ arguments: [String], timeout: Double = 20) throws -> QuireRun {
        // The C library's terminal calls, which Swift's Glibc module does not declare.
        typealias Opener = @convention(c) (Int32) -> Int32
        typealias Namer = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        func function<T>(_ name: String, as type: T.Type) throws -> T {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { throw CocoaError(.featureUnsupported) }
            return unsafeBitCast(symbol, to: type)
        }
        let openController = try function("posix_openpt", as: Opener.self)
        let grant = try function("grantpt", as: Opener.self)
        let unlock = try function("unlockpt", as: Opener.self)
        let terminalName = try function("ptsname", as: Namer.self)
        let controller = openController(O_RDWR | O_NOCTTY)
        guard controller >= 0, grant(controller) == 0, unlock(controller) == 0, let name = terminalName(controller) else {
            throw CocoaError(.fileNoSuchFile)
        }
        defer { close(controller) }
        let terminal = open(name, O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let standardOutput = Pipe()
        let standardError = Pipe()
        process.standardInput = FileHandle(fileDescriptor: terminal, closeOnDealloc: true)
        process.standardOutput = standardOutput
        process.standardError = standardError
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        let output = standardOutput.fileHandleForReading.readDataToEndOfFile()
        let errors = standardError.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return QuireRun(
            status: process.terminationStatus, standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errors, as: UTF8.self), outputBytes: output)
    }
}
