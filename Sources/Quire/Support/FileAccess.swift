import Foundation
import Glibc

/// A file that could not be read or written, with the operating system's reason.
public struct FileAccessError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// Reading and writing whole files with plain POSIX calls: no partial output, ever.
public enum FileAccess {
    /// The whole file, or standard input for `-`.
    public static func read(_ path: String) throws(FileAccessError) -> [UInt8] {
        if path == "-" { return try readAll(descriptor: STDIN_FILENO, path: "<stdin>") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw systemError(path) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw FileAccessError(path: path, reason: "is a directory")
        }
        return try readAll(descriptor: descriptor, path: path)
    }

    /// A regular file of at most `limit` bytes, for files a document refers to (images, a cover).
    /// Devices, FIFOs, sockets and directories are refused without reading from them: the file
    /// is opened non-blocking (a FIFO with no writer would block `open`, `/dev/stdin` a `read`)
    /// and checked with `fstat` on the open descriptor, so what is read is what was checked. A
    /// file that grows past `limit` while being read is refused too.
    public static func readRegularFile(_ path: String, limit: Int) throws(FileAccessError) -> [UInt8] {
        guard !path.utf8.contains(0) else { throw FileAccessError(path: path, reason: "no such file or directory") }
        func requireRegular(_ status: stat) throws(FileAccessError) {
            switch status.st_mode & S_IFMT {
            case S_IFREG: return
            case S_IFDIR: throw FileAccessError(path: path, reason: "is a directory")
            default: throw FileAccessError(path: path, reason: "is not a regular file")
            }
        }
        // Checked before opening too: opening some devices does something (a watchdog starts,
        // a tape rewinds), even when nothing is read.
        var status = stat()
        guard stat(path, &status) == 0 else { throw systemError(path) }
        try requireRegular(status)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw systemError(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw systemError(path) }
        try requireRegular(status)
        guard status.st_size <= limit else { throw FileAccessError(path: path, reason: tooLarge(limit)) }
        // Regular files ignore O_NONBLOCK; clearing it anyway keeps every read a plain one.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError(path)
            }
            if count == 0 { return bytes }
            guard bytes.count + count <= limit else { throw FileAccessError(path: path, reason: tooLarge(limit)) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func tooLarge(_ limit: Int) -> String {
        limit % (1 << 20) == 0 ? "is larger than \(limit >> 20) MB" : "is larger than \(limit) bytes"
    }

    /// The absolute path `path` names once every symbolic link, `.` and `..` is followed
    /// (`realpath(3)`), or `nil` when some part of it does not exist or cannot be searched.
    public static func resolvedPath(_ path: String) -> String? {
        guard !path.isEmpty, !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Takes a piece of output: writers that stream hand over their output in such pieces.
    public typealias Emit = (UnsafeRawBufferPointer) -> Void

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so readers
    /// of `path` see either the old file or the whole new one, and a failure leaves nothing.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { emit in bytes.withUnsafeBytes(emit) }
    }

    /// The same for output made in pieces: what `produce` hands to `emit` goes to the temporary
    /// file as it comes, and a failure of `produce` leaves nothing either.
    public static func writeAtomically(to path: String, producing produce: (_ emit: @escaping Emit) throws -> Void) throws {
        let temporary = temporaryPath(beside: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw systemError(path) }
        var failure: Int32?
        do {
            try produce { piece in
                if failure == nil { failure = writeAll(piece, to: descriptor) }
            }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        let closeFailed = close(descriptor) != 0
        if let failure {
            unlink(temporary)
            throw FileAccessError(path: path, reason: String(cString: strerror(failure)))
        }
        if closeFailed || rename(temporary, path) != 0 {
            let error = systemError(path)
            unlink(temporary)
            throw error
        }
    }

    /// Writes `bytes` to standard output.
    public static func writeToStandardOutput(_ bytes: [UInt8]) throws {
        try writeToStandardOutput { emit in bytes.withUnsafeBytes(emit) }
    }

    /// Writes what `produce` hands to `emit` to standard output as it comes.
    public static func writeToStandardOutput(producing produce: (_ emit: @escaping Emit) throws -> Void) throws {
        var failure: Int32?
        try produce { piece in
            if failure == nil { failure = writeAll(piece, to: STDOUT_FILENO) }
        }
        if let failure { throw FileAccessError(path: "standard output", reason: String(cString: strerror(failure))) }
    }

    /// Writes all of `bytes`, retrying short and interrupted writes; the error number if it fails.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return nil
    }

    /// Temporary files are hidden, carry the process id and a random part, and end in a marker
    /// that `.gitignore` and a later batch run can recognise.
    public static let temporaryMarker = ".quire-tmp-"

    static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return "\(directory).\(name)\(temporaryMarker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// Makes the folders a file will go in, like `mkdir -p` on its parent.
    public static func createDirectories(forFile path: String) throws(FileAccessError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/").dropLast() {
            prefix += component + "/"
            if mkdir(prefix, 0o777) != 0, errno != EEXIST { throw systemError(prefix) }
        }
    }

    /// Removes the temporary files that a killed run (even `kill -9`) left under `directory`,
    /// sparing those of processes still running. Returns how many it removed.
    @discardableResult
    public static func removeStaleTemporaryFiles(under directory: String) -> Int {
        var removed = 0
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let handle = opendir(folder) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard name != ".", name != ".." else { continue }
                let path = folder + "/" + name
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                    pending.append(path)
                } else if let marker = name.range(of: temporaryMarker) {
                    let owner = name[marker.upperBound...].prefix { $0.isNumber }
                    let isRunning = Int32(owner).map { kill($0, 0) == 0 || errno == EPERM } ?? false
                    if !isRunning, unlink(path) == 0 { removed += 1 }
                }
            }
        }
        return removed
    }

    /// True when both paths name the same existing file, through links or different spellings.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// True when `path` is a terminal, where binary output must never go.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    private static func readAll(descriptor: Int32, path: String) throws(FileAccessError) -> [UInt8] {
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            bytes.reserveCapacity(Int(status.st_size))
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemError(path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func systemError(_ path: String) -> FileAccessError {
        let code = errno
        let reason: String
        switch code {
        case ENOENT: reason = "no such file or directory"
        case EACCES: reason = "permission denied"
        case EISDIR: reason = "is a directory"
        default: reason = String(cString: strerror(code))
        }
        return FileAccessError(path: path, reason: reason)
    }
}
