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
/// with the same time, so equal input gives byte-identical archives. The only file that sees libzip,
/// which is loaded on the first archive (see CZipLoader).
enum ZipWriter {
    static func archive(_ entries: [ZipEntry], modified: UTCTime) throws(ZipWriterError) -> [UInt8] {
        var failure: UnsafePointer<CChar>?
        guard let libzip = quire_libzip_load(&failure)?.pointee else {
            throw ZipWriterError(reason: message(failure))
        }
        var error = zip_error_t()
        libzip.error_init(&error)
        defer { libzip.error_fini(&error) }
        guard let buffer = libzip.source_buffer_create(nil, 0, 0, &error) else {
            throw ZipWriterError(reason: message(libzip.error_strerror(&error)))
        }
        // Keep the in-memory buffer alive after zip_close so its bytes can be read back.
        libzip.source_keep(buffer)
        defer { libzip.source_free(buffer) }
        guard let archive = libzip.open_from_source(buffer, ZIP_TRUNCATE, &error) else {
            throw ZipWriterError(reason: message(libzip.error_strerror(&error)))
        }

        let (dosTime, dosDate) = dosTimestamp(modified)
        for entry in entries {
            guard let source = makeSource(libzip, archive, entry.data) else {
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
        return try readAll(libzip, buffer)
    }

    /// A libzip source that owns a copy of the bytes (libzip reads them only at zip_close).
    private static func makeSource(_ libzip: quire_libzip, _ archive: OpaquePointer, _ data: [UInt8]) -> OpaquePointer? {
        guard !data.isEmpty else { return libzip.source_buffer(archive, nil, 0, 0) }
        guard let copy = malloc(data.count) else { return nil }
        data.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        guard let source = libzip.source_buffer(archive, copy, zip_uint64_t(data.count), 1) else {
            free(copy)
            return nil
        }
        return source
    }

    /// The archive's bytes, read straight into an array of their size: appending them chunk by
    /// chunk to a growing array copied a book's pictures several times over.
    private static func readAll(_ libzip: quire_libzip, _ buffer: OpaquePointer) throws(ZipWriterError) -> [UInt8] {
        var status = zip_stat_t()
        libzip.stat_init(&status)
        guard libzip.source_stat(buffer, &status) == 0, status.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0,
            let size = Int(exactly: status.size)
        else { throw ZipWriterError(reason: "cannot measure the archive buffer") }
        guard libzip.source_open(buffer) == 0 else { throw ZipWriterError(reason: "cannot reopen the archive buffer") }
        defer { _ = libzip.source_close(buffer) }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { storage, initialized in
            while initialized < size {
                let count = libzip.source_read(
                    buffer, storage.baseAddress! + initialized, zip_uint64_t(size - initialized))
                guard count > 0 else { break }
                initialized += Int(count)
            }
            complete = initialized == size
        }
        guard complete else { throw ZipWriterError(reason: "cannot read the archive buffer") }
        return bytes
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
