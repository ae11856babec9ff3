import CZipLoader
import Glibc

/// A libzip source over memory (`zip_source_function`): an entry's bytes read where they are,
/// or the archive written into one array. libzip drives it through `respond`, one command at a
/// time, from the thread that calls `zip_close`.
final class ZipMemory {
    /// What was read from, or what the last committed write left.
    private(set) var bytes: [UInt8]
    /// The archive being written, between `ZIP_SOURCE_BEGIN_WRITE` and its commit.
    private var written: [UInt8] = []
    private var readPosition = 0
    private var writePosition = 0
    private let isWritable: Bool
    private let expectedSize: Int

    /// A source to read `bytes` from.
    init(reading bytes: [UInt8]) {
        self.bytes = bytes
        isWritable = false
        expectedSize = 0
    }

    /// An empty archive to write, with room for `expectedSize` bytes.
    init(writing expectedSize: Int) {
        bytes = []
        isWritable = true
        self.expectedSize = expectedSize
    }

    /// libzip's callback: `context` is the source's `ZipMemory`, retained until `ZIP_SOURCE_FREE`.
    static let respond: zip_source_callback = { context, data, length, command in
        let memory = Unmanaged<ZipMemory>.fromOpaque(context!)
        if command == ZIP_SOURCE_FREE {
            memory.release()
            return 0
        }
        return memory.takeUnretainedValue().respond(to: command, data, Int(length))
    }

    private func respond(to command: zip_source_cmd_t, _ data: UnsafeMutableRawPointer?, _ length: Int) -> zip_int64_t {
        switch command {
        case ZIP_SOURCE_SUPPORTS:
            let reading = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS]
            let writing = [ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_COMMIT_WRITE, ZIP_SOURCE_ROLLBACK_WRITE, ZIP_SOURCE_WRITE,
                ZIP_SOURCE_SEEK_WRITE, ZIP_SOURCE_TELL_WRITE, ZIP_SOURCE_REMOVE]
            return (reading + (isWritable ? writing : [])).reduce(0) { $0 | 1 << zip_int64_t($1.rawValue) }
        case ZIP_SOURCE_OPEN:
            readPosition = 0
            return 0
        case ZIP_SOURCE_READ:
            let count = min(length, bytes.count - readPosition)
            guard count > 0, let data else { return 0 }
            bytes.withUnsafeBytes { data.copyMemory(from: $0.baseAddress! + readPosition, byteCount: count) }
            readPosition += count
            return zip_int64_t(count)
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard let status = data?.assumingMemoryBound(to: zip_stat_t.self), length >= MemoryLayout<zip_stat_t>.size
            else { return -1 }
            status.pointee.size = zip_uint64_t(bytes.count)
            status.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE)
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            // Nothing here fails but a seek out of range, which is libzip's own mistake.
            guard let data, length >= 2 * MemoryLayout<Int32>.size else { return -1 }
            data.storeBytes(of: ZIP_ER_INVAL, as: Int32.self)
            data.storeBytes(of: 0, toByteOffset: MemoryLayout<Int32>.size, as: Int32.self)
            return zip_int64_t(2 * MemoryLayout<Int32>.size)
        case ZIP_SOURCE_SEEK:
            return seek(data, length, in: bytes.count, moving: &readPosition)
        case ZIP_SOURCE_TELL:
            return zip_int64_t(readPosition)
        case ZIP_SOURCE_BEGIN_WRITE:
            written = []
            written.reserveCapacity(expectedSize)
            writePosition = 0
            return 0
        case ZIP_SOURCE_WRITE:
            guard let data else { return length == 0 ? 0 : -1 }
            let incoming = UnsafeRawBufferPointer(start: data, count: length)
            let overwritten = min(length, written.count - writePosition)
            // libzip goes back only to complete a local header it has already written.
            if overwritten > 0 {
                written.withUnsafeMutableBytes {
                    $0.baseAddress!.advanced(by: writePosition).copyMemory(from: data, byteCount: overwritten)
                }
            }
            written.append(contentsOf: incoming[overwritten...])
            writePosition += length
            return zip_int64_t(length)
        case ZIP_SOURCE_SEEK_WRITE:
            return seek(data, length, in: written.count, moving: &writePosition)
        case ZIP_SOURCE_TELL_WRITE:
            return zip_int64_t(writePosition)
        case ZIP_SOURCE_COMMIT_WRITE:
            bytes = written
            written = []
            return 0
        case ZIP_SOURCE_ROLLBACK_WRITE:
            written = []
            return 0
        case ZIP_SOURCE_REMOVE:
            bytes = []
            return 0
        default:
            return -1
        }
    }

    /// `ZIP_SOURCE_SEEK` and `ZIP_SOURCE_SEEK_WRITE`: `data` holds a `zip_source_args_seek_t`;
    /// positions past `size` are refused.
    private func seek(_ data: UnsafeMutableRawPointer?, _ length: Int, in size: Int, moving position: inout Int)
        -> zip_int64_t
    {
        guard let data, length >= MemoryLayout<zip_source_args_seek_t>.size else { return -1 }
        let arguments = data.load(as: zip_source_args_seek_t.self)
        let origin: Int
        switch arguments.whence {
        case SEEK_SET: origin = 0
        case SEEK_CUR: origin = position
        case SEEK_END: origin = size
        default: return -1
        }
        let target = origin + Int(arguments.offset)
        guard (0...size).contains(target) else { return -1 }
        position = target
        return 0
    }
}
