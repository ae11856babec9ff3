/// Recognises the image formats an EPUB can carry from their first bytes, never from a file name.
public enum MediaTypeSniffer {
    /// `image/jpeg`, `image/png`, `image/gif`, `image/webp` or `image/svg+xml`; `nil` for anything else.
    public static func imageMediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) {
            return "image/webp"
        }
        if looksLikeSVG(bytes) { return "image/svg+xml" }
        return nil
    }

    /// The name of an image format a browser may show but an EPUB cannot carry (AVIF, HEIC,
    /// BMP, TIFF), for saying why an image was left out; `nil` for anything else.
    public static func uncarriedImageFormat(of bytes: [UInt8]) -> String? {
        if bytes.count >= 12, Array(bytes[4..<8]) == Array("ftyp".utf8) {
            switch String(decoding: bytes[8..<12], as: UTF8.self) {
            case "avif", "avis": return "AVIF"
            case "heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1": return "HEIC"
            default: return nil
            }
        }
        if bytes.starts(with: Array("BM".utf8)), bytes.count >= 26, bytes[6...9].allSatisfy({ $0 == 0 }) { return "BMP" }
        if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF" }
        return nil
    }

    /// What a file is when its bytes say it is not a text document at all: compressed, an
    /// archive, a PDF, an image, a program, or bytes that are no text in any character set
    /// (`TextDecoding.isBinary`: random data, a file of zeros); `nil` for text, SVG included.
    /// Readers would otherwise take such bytes for text and turn them into pages of garbage.
    public static func binaryKind(of bytes: [UInt8]) -> String? {
        let signatures: [(bytes: [UInt8], kind: String)] = [
            ([0x1F, 0x8B], "gzip-compressed data; gunzip it first"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data; unxz it first"),
            ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data; unzstd it first"),
            ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive, as EPUB, DOCX and ODT files are"),
            ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
            (Array("Rar!\u{1A}\u{07}".utf8), "a RAR archive"),
            (Array("%PDF-".utf8), "a PDF document"),
            ([0x7F, 0x45, 0x4C, 0x46], "an ELF program or library"),
            ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O program or library"),
            ([0xCE, 0xFA, 0xED, 0xFE], "a Mach-O program or library"),
            (Array("SQLite format 3\u{0}".utf8), "an SQLite database"),
        ]
        if let signature = signatures.first(where: { bytes.starts(with: $0.bytes) }) { return signature.kind }
        // bzip2's magic is three letters, which text can start with too; its block header, after
        // a level digit, cannot.
        if bytes.starts(with: Array("BZh".utf8)), bytes.dropFirst(4).starts(with: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) {
            return "bzip2-compressed data; bunzip2 it first"
        }
        if let image = imageMediaType(of: bytes), image != "image/svg+xml" {
            return "a \(image.dropFirst("image/".count).uppercased()) image"
        }
        if TextDecoding.isBinary(bytes) {
            // A Windows program starts `MZ`, which text can too; its zero bytes tell.
            return bytes.starts(with: Array("MZ".utf8)) ? "a Windows or DOS program" : "binary data, not text"
        }
        return nil
    }

    /// The usual file extension for a media type `imageMediaType(of:)` returns.
    public static func fileExtension(for mediaType: String) -> String {
        switch mediaType {
        case "image/jpeg": return "jpg"
        case "image/png": return "png"
        case "image/gif": return "gif"
        case "image/webp": return "webp"
        case "image/svg+xml": return "svg"
        default: return "bin"
        }
    }

    /// XML text whose first element is `<svg`, after an optional byte order mark, XML declaration,
    /// comments and doctype.
    private static func looksLikeSVG(_ bytes: [UInt8]) -> Bool {
        var head = Substring(String(decoding: bytes.prefix(4096), as: UTF8.self))
        if head.first == "\u{FEFF}" { head = head.dropFirst() }
        while true {
            head = head.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            if head.hasPrefix("<svg") { return true }
            let closing: String
            if head.hasPrefix("<?") {
                closing = "?>"
            } else if head.hasPrefix("<!--") {
                closing = "-->"
            } else if head.hasPrefix("<!") {
                closing = ">"
            } else {
                return false
            }
            guard let end = head.firstRange(of: closing) else { return false }
            head = head[end.upperBound...]
        }
    }
}
