/// Finds a page's character set and turns its bytes into UTF-8 before libxml2 sees them.
///
/// Decoding here rather than in libxml2 keeps the rules in one place and close to what browsers
/// do: libxml2 2.9 reads `iso-8859-1` literally (so Windows-1252 quotes become C1 controls),
/// switches to Latin-1 half-way through a page at the first invalid UTF-8 byte, and can stop
/// at a byte its converter rejects. The order of authority is the WHATWG one: a byte-order
/// mark, then the caller's charset (an HTTP header), then `<meta>`, then a guess.
enum HTMLCharset {
    struct Decoded {
        /// The page as UTF-8, without a byte-order mark.
        var utf8: [UInt8]
        /// The character set the bytes were read in, by its canonical name.
        var charset: String
        /// A declared charset that could not be used, to report as a warning.
        var ignoredLabel: String?
        /// How the charset was chosen when the page did not say so truthfully, to report.
        var choice: Choice = .declared
    }

    enum Choice: Equatable {
        /// A byte-order mark, the server or the page said it.
        case declared
        /// Nothing was declared; the bytes were valid UTF-8.
        case validUTF8
        /// Nothing usable was declared; uchardet guessed from the bytes (or, with no answer,
        /// Windows-1252 was assumed).
        case detected
        /// The page declared this legacy charset, but its bytes are UTF-8 with non-ASCII text:
        /// a page saved by a browser that re-encoded it and kept the old `<meta>`.
        case utf8DespiteDeclaration(String)
    }

    /// - Parameter overriding: the user's choice, which wins over everything.
    static func decode(_ bytes: [UInt8], declared: String?, overriding: String? = nil) -> Decoded {
        if let overriding, let charset = CharsetLabels.encoding(forLabel: overriding), CharsetLabels.canDecode(charset) {
            let mark = byteOrderMark(bytes).map { $0.0 == charset ? $0.1 : 0 } ?? 0
            return Decoded(utf8: utf8(Array(bytes[mark...]), charset: charset), charset: charset)
        }
        // A byte-order mark, or UTF-16 or UTF-32 without one (whose zero bytes would hide any
        // `<meta charset>` from the prescan).
        if let (form, start) = TextDecoding.wideForm(of: bytes) {
            return Decoded(utf8: Array(TextDecoding.decode(bytes[start...], as: form).utf8), charset: form.rawValue)
        }
        if let (charset, length) = byteOrderMark(bytes) {
            return Decoded(utf8: utf8(Array(bytes[length...]), charset: charset), charset: charset)
        }
        var ignoredLabel: String?
        var declarations: [String] = []
        if let declared {
            if let charset = CharsetLabels.encoding(forLabel: declared), CharsetLabels.canDecode(charset) {
                declarations.append(charset)
            } else {
                ignoredLabel = declared
            }
        }
        let meta = metaCharset(in: bytes)
        if let charset = meta.encoding {
            if CharsetLabels.canDecode(charset) {
                declarations.append(charset)
            } else {
                ignoredLabel = ignoredLabel ?? charset
            }
        }
        ignoredLabel = ignoredLabel ?? meta.unknownLabel
        let isUTF8 = isValidUTF8(bytes)
        if let charset = declarations.first {
            if !charset.hasPrefix("UTF-"), isUTF8, bytes.contains(where: { $0 >= 0x80 }) {
                return Decoded(utf8: bytes, charset: "UTF-8", ignoredLabel: ignoredLabel, choice: .utf8DespiteDeclaration(charset))
            }
            return Decoded(utf8: utf8(bytes, charset: charset, isValidUTF8: isUTF8), charset: charset, ignoredLabel: ignoredLabel)
        }
        if isUTF8 {
            return Decoded(utf8: bytes, charset: "UTF-8", ignoredLabel: ignoredLabel, choice: .validUTF8)
        }
        let charset = CharsetDetection.guess(bytes).flatMap { CharsetLabels.canDecode($0) ? $0 : nil } ?? "windows-1252"
        return Decoded(utf8: utf8(bytes, charset: charset), charset: charset, ignoredLabel: ignoredLabel, choice: .detected)
    }

    /// The charset a byte-order mark announces, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The encoding an XHTML file's `<?xml ... encoding="..."?>` names, else HTML's prescan of
    /// the first 64 KB for `<meta>` (HTML looks at 1 KB, but real pages often put a long head
    /// first).
    static func metaCharset(in bytes: [UInt8]) -> HTMLPrescan.Result {
        let window = bytes.prefix(1 << 16)
        var index = window.startIndex
        while index < window.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(window[index]) { index += 1 }
        if window[index...].starts(with: Array("<?xml".utf8)) {
            var attributes: [String: String] = [:]
            index = readAttributes(in: window, from: index + 5, into: &attributes)
            if let label = attributes["encoding"], !label.isEmpty {
                guard let encoding = CharsetLabels.encoding(forLabel: label) else {
                    return HTMLPrescan.Result(encoding: nil, unknownLabel: label)
                }
                return HTMLPrescan.Result(encoding: encoding)
            }
        }
        return HTMLPrescan.scan(window)
    }

    // MARK: - Decoding

    /// `isValidUTF8`, when the caller has already checked the bytes, spares a second pass.
    private static func utf8(_ bytes: [UInt8], charset: String, isValidUTF8 known: Bool? = nil) -> [UInt8] {
        switch charset {
        case "UTF-8":
            return (known ?? isValidUTF8(bytes)) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
        case "windows-1252":
            return Array(TextDecoding.windows1252(bytes).utf8)
        case "UTF-16LE", "UTF-16BE":
            let littleEndian = charset == "UTF-16LE"
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 0
            while index + 1 < bytes.count {
                let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            return Array(String(decoding: units, as: UTF16.self).utf8)
        default:
            return CharsetConverter.utf8(from: bytes, charset: CharsetLabels.iconvName(for: charset))
                ?? Array(String(decoding: bytes, as: UTF8.self).utf8)
        }
    }

    /// Whether the bytes are well-formed UTF-8 (no overlong forms, surrogates or truncation).
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: the common case.
                if index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: (length, low) = (3, 0xA0)
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: (length, high) = (3, 0x9F)
                case 0xF0: (length, low) = (4, 0x90)
                case 0xF1...0xF3: length = 4
                case 0xF4: (length, high) = (4, 0x8F)
                default: return false
                }
                guard index + length <= count, (low...high).contains(buffer[index + 1]) else { return false }
                for offset in 2..<length where !(0x80...0xBF).contains(buffer[index + offset]) {
                    return false
                }
                index += length
            }
            return true
        }
    }

    // MARK: - The XML declaration's attributes

    /// Reads `name=value` pairs up to the tag's `>`, lower-casing names; returns where it stopped.
    private static func readAttributes(
        in bytes: ArraySlice<UInt8>, from start: Int, into attributes: inout [String: String]
    ) -> Int {
        var index = start
        func isSpace(_ byte: UInt8) -> Bool { [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F, 0x3F].contains(byte) }
        while index < bytes.endIndex {
            while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.endIndex, bytes[index] != UInt8(ascii: ">") else { return index }
            let nameStart = index
            while index < bytes.endIndex, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                bytes[index] != UInt8(ascii: ">")
            {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var value = ""
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") {
                index += 1
                if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    let valueEnd = bytes[valueStart...].firstIndex(of: quote) ?? bytes.endIndex
                    value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                    index = min(valueEnd + 1, bytes.endIndex)
                } else {
                    let valueStart = index
                    while index < bytes.endIndex, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return index
    }
}
