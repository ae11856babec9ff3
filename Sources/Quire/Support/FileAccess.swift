import CTemporaryFiles
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
        let descriptor = open(SystemPath.cString(path), O_RDONLY | O_CLOEXEC)
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
        guard stat(SystemPath.cString(path), &status) == 0 else { throw systemError(path) }
        try requireRegular(status)
        let descriptor = open(SystemPath.cString(path), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else { throw systemError(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw systemError(path) }
        try requireRegular(status)
        guard status.st_size <= limit else { throw FileAccessError(path: path, reason: tooLarge(limit)) }
        // Regular files ignore O_NONBLOCK; clearing it anyway keeps every read a plain one.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return try readAll(descriptor: descriptor, path: path, limit: limit)
    }

    private static func tooLarge(_ limit: Int) -> String {
        limit % (1 << 20) == 0 ? "is larger than \(limit >> 20) MB" : "is larger than \(limit) bytes"
    }

    /// The absolute path `path` names once every symbolic link, `.` and `..` is followed
    /// (`realpath(3)`), or `nil` when some part of it does not exist or cannot be searched.
    public static func resolvedPath(_ path: String) -> String? {
        guard !path.isEmpty, !path.utf8.contains(0), let resolved = realpath(SystemPath.cString(path), nil) else { return nil }
        defer { free(resolved) }
        return SystemPath.string(cString: resolved)
    }

    /// Takes a piece of output: writers that stream hand over their output in such pieces.
    public typealias Emit = (UnsafeRawBufferPointer) -> Void

    /// Writes `bytes` to `path` the way `writeAtomically(to:producing:)` does.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        try writeAtomically(to: path) { emit in bytes.withUnsafeBytes(emit) }
    }

    /// Writes what `produce` hands to `emit` to `path`, as it comes. A file is written to a
    /// temporary file beside it and renamed over it, so readers see either the old file or the
    /// whole new one, and a failure of `produce` leaves nothing. A symbolic link is followed and
    /// its target replaced that way (the link stays a link). A device, FIFO or socket is written
    /// into in place: renaming a file over `/dev/null` would replace the device.
    public static func writeAtomically(to path: String, producing produce: (_ emit: @escaping Emit) throws -> Void) throws {
        switch try destination(of: path) {
        case .file(let target): try replace(target, reportedAs: path, producing: produce)
        case .device(let target): try writeInPlace(target, reportedAs: path, producing: produce)
        }
    }

    private enum Destination {
        case file(String)
        case device(String)
    }

    /// Where output for `path` really goes, following symbolic links (at most 40, as the kernel).
    private static func destination(of path: String) throws(FileAccessError) -> Destination {
        var status = stat()
        if stat(SystemPath.cString(path), &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw FileAccessError(path: path, reason: "is a directory")
            default: return .device(path)
            }
        }
        var current = path
        for _ in 0..<40 {
            // `/dev/stdout` and `/proc/self/fd/N` name an open file, whatever its path: the
            // shell's `> file` has already made it, and a new file renamed there would not be
            // the one the shell holds.
            if current.hasPrefix("/proc/") || current.hasPrefix("/dev/fd/") { return .device(path) }
            var status = stat()
            guard lstat(SystemPath.cString(current), &status) == 0 else {
                if errno == ENOENT { return .file(current) }
                throw systemError(path)
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file(current)
            case S_IFDIR: throw FileAccessError(path: path, reason: "is a directory")
            case S_IFLNK:
                var target = [CChar](repeating: 0, count: Int(PATH_MAX))
                let length = readlink(SystemPath.cString(current), &target, target.count)
                guard length > 0 else { throw systemError(path) }
                let link = SystemPath.string(target[..<length].map { UInt8(bitPattern: $0) })
                current = link.hasPrefix("/") ? link : directory(of: current) + link
            default: return .device(current)
            }
        }
        throw FileAccessError(path: path, reason: "too many levels of symbolic links")
    }

    private static func replace(
        _ path: String, reportedAs name: String, producing produce: (_ emit: @escaping Emit) throws -> Void
    ) throws {
        let temporary = SystemPath.cString(temporaryPath(beside: path))
        // Remembered before it exists, so that no moment passes when Ctrl-C could leave it
        // behind; removing a name not yet created does no harm (it carries this process's id).
        let slot = temporary.withUnsafeBufferPointer { quire_temporary_remember($0.baseAddress) }
        defer { quire_temporary_forget(slot) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw systemError(name) }
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
            throw FileAccessError(path: name, reason: reason(for: failure))
        }
        if closeFailed || rename(temporary, SystemPath.cString(path)) != 0 {
            let error = systemError(name)
            unlink(temporary)
            throw error
        }
    }

    /// Devices cannot be replaced, only written into; what `produce` fails to make is simply
    /// not written. Appending keeps what a shell's `>>` asked for when `/dev/stdout` is a file.
    private static func writeInPlace(
        _ path: String, reportedAs name: String, producing produce: (_ emit: @escaping Emit) throws -> Void
    ) throws {
        let descriptor = open(SystemPath.cString(path), O_WRONLY | O_APPEND | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw systemError(name) }
        defer { close(descriptor) }
        var failure: Int32?
        try produce { piece in
            if failure == nil { failure = writeAll(piece, to: descriptor) }
        }
        if let failure { throw FileAccessError(path: name, reason: reason(for: failure)) }
    }

    /// Opens `path` for a report written as a run goes (not atomically: it is meant to be read
    /// while it grows), following links and writing into devices as `writeAtomically` does.
    public static func openForWriting(_ path: String) throws(FileAccessError) -> Int32 {
        var status = stat()
        if stat(SystemPath.cString(path), &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            throw FileAccessError(path: path, reason: "is a directory")
        }
        let descriptor = open(SystemPath.cString(path), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0o666)
        guard descriptor >= 0 else { throw systemError(path) }
        return descriptor
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
        if let failure { throw FileAccessError(path: "standard output", reason: reason(for: failure)) }
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

    /// Temporary files are hidden and named `.NAME.quire-tmp-HOST-PID-RANDOM`: a pattern quire
    /// owns, which `.gitignore` and a later run's clean-up recognise, with the machine and the
    /// process that write it. The host is there because a process id means nothing on another
    /// machine: batches on several machines sharing an output folder must not take each other's
    /// running temporaries for stale ones.
    public static let temporaryMarker = ".quire-tmp-"

    /// This machine's name as temporary files carry it: `gethostname(2)` with every character
    /// other than ASCII letters, digits, `.` and `-` made `_`, so the name stays a plain file name.
    public static let temporaryHostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        let length = gethostname(&buffer, buffer.count - 1) == 0 ? buffer.firstIndex(of: 0) ?? 0 : 0
        let raw = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let safe = String(raw.prefix(64).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "_" })
        return safe.isEmpty ? "_" : safe
    }()

    static func temporaryPath(beside path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        var name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let suffix = "\(temporaryMarker)\(temporaryHostName)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        // A name near the 255-byte limit is legal, but not once the suffix is added: shorten
        // the temporary's copy of it (it only has to be unique, and the pattern intact). The
        // count includes the C string's NUL, which stands for the leading dot.
        while SystemPath.cString(name).count + suffix.utf8.count > Int(NAME_MAX) {
            name.removeLast()
        }
        return directory + "." + name + suffix
    }

    /// The machine and process that wrote `name`, when `name` is one of quire's temporary files.
    /// The host is everything before the last two `-`-separated numbers (a host name may hold
    /// `-` itself).
    static func temporaryFileOwner(_ name: String) -> (host: String, process: pid_t)? {
        guard name.hasPrefix("."), let marker = name.range(of: temporaryMarker, options: .backwards) else { return nil }
        let parts = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        let numbers = parts.suffix(2)
        let host = parts.dropLast(2).joined(separator: "-")
        guard !host.isEmpty, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            UInt32(numbers.last!) != nil, let owner = pid_t(numbers.first!), owner > 0
        else { return nil }
        return (host, owner)
    }

    /// Makes the folders a file will go in, like `mkdir -p` on its parent.
    public static func createDirectories(forFile path: String) throws(FileAccessError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/").dropLast() {
            prefix += component + "/"
            if mkdir(SystemPath.cString(prefix), 0o777) != 0, errno != EEXIST { throw systemError(prefix) }
        }
    }

    /// Removes the temporary files that a killed run (even `kill -9`) left under `directory`:
    /// regular files named exactly as quire names them, written on this machine by a process
    /// that is no longer running. Another machine's are left alone: whether their process still
    /// runs cannot be told from here. Returns how many it removed.
    @discardableResult
    public static func removeStaleTemporaryFiles(under directory: String) -> Int {
        var removed = 0
        var pending = [directory]
        while let folder = pending.popLast() {
            guard let handle = opendir(SystemPath.cString(folder)) else { continue }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { SystemPath.string($0.prefix { $0 != 0 }) }
                guard name != ".", name != ".." else { continue }
                let path = folder + "/" + name
                if Int32(entry.pointee.d_type) == Int32(DT_DIR) {
                    pending.append(path)
                } else if let owner = temporaryFileOwner(name), owner.host == temporaryHostName,
                    !(kill(owner.process, 0) == 0 || errno == EPERM)
                {
                    var status = stat()
                    let file = SystemPath.cString(path)
                    if lstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG, unlink(file) == 0 { removed += 1 }
                }
            }
        }
        return removed
    }

    /// Ctrl-C, SIGTERM and SIGHUP remove the temporary files being written before the process
    /// ends. Call once at start; `quire batch` then takes Ctrl-C over for its orderly stop.
    public static func removeTemporaryFilesOnSignals() {
        quire_temporary_remove_on_signals()
    }

    /// Removes the temporary files being written, for a process about to exit mid-write.
    public static func removeTemporaryFilesNow() {
        quire_temporary_remove_all()
    }

    /// True when both paths name the same existing file, through links or different spellings.
    public static func isSameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(SystemPath.cString(first), &a) == 0, stat(SystemPath.cString(second), &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// True when something (a file, folder, device, or what a link points to) is at `path`.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(SystemPath.cString(path), &status) == 0
    }

    /// True when `path` is a folder, or a link to one.
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(SystemPath.cString(path), &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// True when `path` (which need not exist yet) is `folder` itself or lies somewhere below it,
    /// however either is spelled and through whatever links.
    public static func isInside(_ path: String, folder: String) -> Bool {
        let inner = resolved(path)
        let outer = resolved(folder)
        return inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// The absolute path with every link resolved: the longest part that exists as `realpath`
    /// gives it, the rest added with `.` and `..` taken away by hand.
    static func resolved(_ path: String) -> String {
        var existing = path.isEmpty ? "." : path
        var rest: [Substring] = []
        while true {
            if let real = realpath(SystemPath.cString(existing), nil) {
                defer { free(real) }
                var components = SystemPath.string(cString: real).split(separator: "/")
                for component in rest.reversed() {
                    if component == ".." {
                        _ = components.popLast()
                    } else if component != ".", !component.isEmpty {
                        components.append(component)
                    }
                }
                return "/" + components.joined(separator: "/")
            }
            // Not even the working folder resolves (it was removed): compare as written.
            if existing == "." { return path }
            guard let slash = existing.lastIndex(of: "/") else {
                rest.append(Substring(existing))
                existing = "."
                continue
            }
            rest.append(existing[existing.index(after: slash)...])
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
    }

    /// True when `path` is a terminal, where binary output must never go.
    public static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Everything `descriptor` gives until its end; more than `limit` bytes is an error.
    private static func readAll(descriptor: Int32, path: String, limit: Int = .max) throws(FileAccessError) -> [UInt8] {
        var bytes: [UInt8] = []
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            // A regular file is read straight into an array of its size, one byte more to see
            // the end (appending 64 KB pieces copied every byte once more, slowly); a file that
            // grew meanwhile goes on below.
            let size = min(Int(status.st_size), limit == .max ? limit - 1 : limit) + 1
            var failure: Int32?
            bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                while count < size {
                    let read = Glibc.read(descriptor, buffer.baseAddress! + count, size - count)
                    if read < 0, errno == EINTR { continue }
                    if read < 0 { failure = errno }
                    if read <= 0 { break }
                    count += read
                }
            }
            if let failure {
                errno = failure
                throw systemError(path)
            }
            guard bytes.count <= limit else { throw FileAccessError(path: path, reason: tooLarge(limit)) }
            if bytes.count < size { return bytes }
        }
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

    private static func systemError(_ path: String) -> FileAccessError {
        FileAccessError(path: path, reason: reason(for: errno))
    }

    /// The system's word for an error, lower case like every message quire writes.
    static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case EISDIR: return "is a directory"
        case EFBIG: return "file too large (the file size limit was reached)"
        case ENOSPC: return "no space left on device"
        case ENAMETOOLONG: return "file name too long"
        case ENOTDIR: return "not a directory (a part of the path is a file)"
        default:
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }

    /// The folder part of a path, with its `/`, or nothing for a bare name.
    private static func directory(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    }
}
