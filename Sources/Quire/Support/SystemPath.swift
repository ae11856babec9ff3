/// File names on Linux are bytes, not text: a name need not be valid UTF-8 (an old Latin-1
/// archive, a name cut in the middle of a character). Swift strings cannot hold such bytes, so
/// each byte that is not part of valid UTF-8 is carried as one code point of the private-use
/// range U+10FF80–U+10FFFF, the way Python's "surrogateescape" carries them: the name can be
/// passed around, joined, printed (as `\xNN`) and turned back into the very same bytes.
public enum SystemPath {
    /// The code point that stands for `byte` (0x80–0xFF).
    static let escapeBase: UInt32 = 0x10FF00

    /// The name for the bytes the system gave.
    public static func string(_ bytes: some Collection<UInt8>) -> String {
        let bytes = Array(bytes)
        // Valid UTF-8 that holds no code point of the escape range (whose lead byte is 0xF4) is
        // already the name: the common case, done without decoding by hand.
        if !bytes.contains(0xF4), let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                if scalar.value >= escapeBase + 0x80 {
                    bytes[offset..<offset + encoded.count].forEach { scalars.append(escaped($0)) }
                } else {
                    scalars.append(scalar)
                }
                offset += encoded.count
            case .error(let length):
                bytes[offset..<offset + length].forEach { scalars.append(escaped($0)) }
                offset += length
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The name for a C string from the system (`argv`, `readdir`).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self)
        var length = 0
        while bytes[length] != 0 { length += 1 }
        return string(UnsafeBufferPointer(start: bytes, count: length))
    }

    /// The bytes to give the system, NUL-terminated, for calls such as `open(2)`.
    public static func cString(_ path: String) -> [CChar] {
        var bytes: [CChar] = []
        bytes.reserveCapacity(path.utf8.count + 1)
        if !path.utf8.contains(0xF4) {
            bytes.append(contentsOf: path.utf8.map { CChar(bitPattern: $0) })
        } else {
            for scalar in path.unicodeScalars {
                if scalar.value >= escapeBase + 0x80 {
                    bytes.append(CChar(bitPattern: UInt8(scalar.value - escapeBase)))
                } else {
                    bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
                }
            }
        }
        bytes.append(0)
        return bytes
    }

    /// The byte a code point of the escape range stands for, or `nil` for any other code point.
    public static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase + 0x80 ? UInt8(scalar.value - escapeBase) : nil
    }

    private static func escaped(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(escapeBase + UInt32(byte)) ?? "\u{FFFD}"
    }
}
