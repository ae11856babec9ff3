import CZipLoader
import Glibc

/// One file of a zip archive.
struct ZipEntry {
    var path: String
    var data: [UInt8]
    /// Deflated when true; stored as is otherwise (the EPUB `mimetype`, already compressed images).
    var isCompressed: Bool
}

/// A zip archive libzip could not build.
public struct ZipWriterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { "could not build the zip archive: \(reason)" }
}

/// Builds a zip archive in memory with libzip: entries in the given order, every entry stamped
/// with the same time, so equal input gives byte-identical archives. With `ZipMemory`, the only
/// code that sees libzip, which is loaded on the first archive (see CZipLoader).
///
/// libzip reads each entry from its array and writes the archive into one array made big enough
/// beforehand (`ZipMemory`), rather than copying every entry into a buffer of its own and the
/// archive out of its buffer: a book's pictures are most of its bytes, and each copy of them
/// cost its page faults.
enum ZipWriter {
    static func archive(_ entries: [ZipEntry], modified: UTCTime) throws(ZipWriterError) -> [UInt8] {
        var failure: UnsafePointer<CChar>?
        guard let libzip = quire_libzip_load(&failure)?.pointee else {
            throw ZipWriterError(reason: message(failure))
        }
        var error = zip_error_t()
        libzip.error_init(&error)
        defer { libzip.error_fini(&error) }
        // Entries stored as they are, their headers, and the central directory: deflated ones
        // only shrink, bar a few bytes.
        let expectedSize = entries.reduce(64 << 10) { $0 + $1.data.count + 2 * $1.path.utf8.count + 256 }
        let target = ZipMemory(writing: expectedSize)
        // The archive owns its source once opened, and frees it (`ZIP_SOURCE_FREE`) when closed.
        guard let source = libzip.source_function_create(ZipMemory.respond, Unmanaged.passRetained(target).toOpaque(), &error)
        else {
            Unmanaged.passUnretained(target).release()
            throw ZipWriterError(reason: message(libzip.error_strerror(&error)))
        }
        guard let archive = libzip.open_from_source(source, ZIP_TRUNCATE, &error) else {
            libzip.source_free(source)
            throw ZipWriterError(reason: message(libzip.error_strerror(&error)))
        }

        let (dosTime, dosDate) = dosTimestamp(modified)
        for entry in entries {
            let reader = ZipMemory(reading: entry.data)
            guard let source = libzip.source_function(archive, ZipMemory.respond, Unmanaged.passRetained(reader).toOpaque())
            else {
                Unmanaged.passUnretained(reader).release()
                libzip.discard(archive)
                throw ZipWriterError(reason: "out of memory for \(entry.path)")
            }
            let index = libzip.file_add(archive, entry.path, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                libzip.source_free(source)
                let reason = message(libzip.archive_strerror(archive))
                libzip.discard(archive)
                throw ZipWriterError(reason: "\(entry.path): \(reason)")
            }
            let method = entry.isCompressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
            // zip_file_set_mtime would go through localtime() and depend on TZ; DOS time does not.
            guard libzip.set_file_compression(archive, zip_uint64_t(index), method, 0) == 0,
                libzip.file_set_dostime(archive, zip_uint64_t(index), dosTime, dosDate, 0) == 0
            else {
                let reason = message(libzip.archive_strerror(archive))
                libzip.discard(archive)
                throw ZipWriterError(reason: "\(entry.path): \(reason)")
            }
        }
        guard libzip.close(archive) == 0 else {
            let reason = message(libzip.archive_strerror(archive))
            libzip.discard(archive)
            throw ZipWriterError(reason: reason)
        }
        return target.bytes
    }

    private static func message(_ text: UnsafePointer<CChar>?) -> String {
        text.map { String(cString: $0) } ?? "unknown libzip error"
    }

    /// MS-DOS time and date fields; DOS dates run from 1980 to 2107, so times outside are clamped.
    static func dosTimestamp(_ time: UTCTime) -> (time: UInt16, date: UInt16) {
        if time.year < 1980 { return (0, UInt16(1 << 5 | 1)) }
        if time.year > 2107 { return (UInt16(23 << 11 | 59 << 5 | 29), UInt16(127 << 9 | 12 << 5 | 31)) }
        let dosTime = time.hour << 11 | time.minute << 5 | time.second / 2
        let dosDate = (time.year - 1980) << 9 | time.month << 5 | time.day
        return (UInt16(dosTime), UInt16(dosDate))
    }
}
