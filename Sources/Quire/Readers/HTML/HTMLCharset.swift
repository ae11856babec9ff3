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
    }

    static func decode(_ bytes: [UInt8], declared: String?) -> Decoded {
        // A byte-order mark, or UTF-16 or UTF-32 without one (whose zero bytes would hide any
        // `<meta charset>` from the prescan).
        if let (form, start) = TextDecoding.wideForm(of: bytes) {
            return Decoded(utf8: Array(TextDecoding.decode(bytes[start...], as: form).utf8), charset: form.rawValue)
        }
        if let (charset, length) = byteOrderMark(bytes) {
            return Decoded(utf8: utf8(Array(bytes[length...]), charset: charset), charset: charset)
        }
        var ignoredLabel: String?
        let labels = [(declared, false), (metaCharset(in: bytes), true)]
        for case let (label?, isFromMeta) in labels {
            // A page cannot declare UTF-16 in ASCII-compatible bytes; HTML says read it as UTF-8.
            if let charset = canonicalName(label).map({ isFromMeta && $0.hasPrefix("UTF-16") ? "UTF-8" : $0 }),
                ["UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE"].contains(charset)
                    || CharsetConverter.supports(charset)
            {
                return Decoded(utf8: utf8(bytes, charset: charset), charset: charset, ignoredLabel: ignoredLabel)
            }
            ignoredLabel = ignoredLabel ?? label
        }
        let charset = isValidUTF8(bytes) ? "UTF-8" : "windows-1252"
        return Decoded(utf8: utf8(bytes, charset: charset), charset: charset, ignoredLabel: ignoredLabel)
    }

    /// The charset a byte-order mark announces, and the mark's length.
    static func byteOrderMark(_ bytes: [UInt8]) -> (String, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return ("UTF-8", 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16LE", 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16BE", 2) }
        return nil
    }

    /// The canonical name for a charset label, following the WHATWG Encoding table for the
    /// labels pages use most, or the label itself (upper-cased) for `iconv` to try.
    static func canonicalName(_ label: String) -> String? {
        let key = label.trimmingSpaces.lowercased()
            .filter { $0 != "\"" && $0 != "'" }
        guard !key.isEmpty, key.count <= 40, key.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return nil }
        switch key {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8":
            return "UTF-8"
        case "utf-16", "utf-16le", "unicode", "ucs-2", "csunicode", "iso-10646-ucs-2", "unicodefeff":
            return "UTF-16LE"
        case "utf-16be", "unicodefffe":
            return "UTF-16BE"
        // HTML reads Latin-1 and ASCII labels as Windows-1252, which only adds characters.
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591",
            "latin1", "l1", "cp819", "ibm819", "csisolatin1", "iso-ir-100", "ascii", "us-ascii",
            "ansi_x3.4-1968", "iso_8859-1:1987":
            return "windows-1252"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis":
            return "CP932"
        case "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "gb_2312-80", "cp936":
            return "GBK"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return "BIG5-HKSCS"
        case "euc-kr", "ks_c_5601-1987", "cseuckr", "windows-949", "korean":
            return "CP949"
        case "iso-8859-9", "latin5", "windows-1254", "cp1254":
            return "windows-1254"
        case "tis-620", "iso-8859-11", "windows-874":
            return "windows-874"
        default:
            return key.uppercased()
        }
    }

    /// The charset named by an XHTML file's `<?xml ... encoding="..."?>`, else by the first
    /// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 64 KB (HTML looks at
    /// 1 KB, but real pages often put a long head first).
    static func metaCharset(in bytes: [UInt8]) -> String? {
        let window = bytes.prefix(1 << 16)
        var index = window.startIndex
        while index < window.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(window[index]) { index += 1 }
        if window[index...].starts(with: Array("<?xml".utf8)) {
            var attributes: [String: String] = [:]
            index = readAttributes(in: window, from: index + 5, into: &attributes)
            if let encoding = attributes["encoding"], !encoding.isEmpty { return encoding }
        }
        while let tagStart = nextMetaTag(in: window, from: index) {
            var attributes: [String: String] = [:]
            index = readAttributes(in: window, from: tagStart, into: &attributes)
            if let charset = attributes["charset"], !charset.isEmpty { return charset }
            if attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"],
                let charset = charsetParameter(in: content)
            {
                return charset
            }
        }
        return nil
    }

    /// The `charset=` parameter of a `Content-Type` value such as `text/html; charset=utf-8`.
    static func charsetParameter(in contentType: String) -> String? {
        let lowered = contentType.lowercased()
        guard let range = lowered.firstRange(of: "charset") else { return nil }
        var rest = lowered[range.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let value = rest.prefix { !";\"' ".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    // MARK: - Decoding

    private static func utf8(_ bytes: [UInt8], charset: String) -> [UInt8] {
        switch charset {
        case "UTF-8":
            return isValidUTF8(bytes) ? bytes : Array(String(decoding: bytes, as: UTF8.self).utf8)
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
            return CharsetConverter.utf8(from: bytes, charset: charset)
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

    // MARK: - A small tag scanner for the prescan

    /// The index just after the next `<meta` that opens a tag, skipping comments.
    private static func nextMetaTag(in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            if bytes[open...].starts(with: Array("<!--".utf8)) {
                guard let close = find(Array("-->".utf8), in: bytes, from: open + 4) else { return nil }
                index = close + 3
                continue
            }
            let name = bytes[(open + 1)...].prefix(5).map { $0 | 0x20 }
            if name.count == 5, name.starts(with: Array("meta".utf8)),
                [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F].contains(bytes[open + 5])
            {
                return open + 5
            }
            index = open + 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.endIndex {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

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
