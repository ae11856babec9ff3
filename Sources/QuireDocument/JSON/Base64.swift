/// Standard base64 (RFC 4648, with padding) for resource bytes in the JSON form, written here so
/// the tree needs no Foundation.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let invalidDigit: UInt8 = 0xFF
    /// Each byte's value as a base64 digit, or `invalidDigit`: one look-up a character rather
    /// than a search of the 64-letter alphabet, since `quire stream` decodes every byte of the
    /// pages given as `body_base64`.
    private static let digits: [UInt8] = {
        var table = [UInt8](repeating: invalidDigit, count: 256)
        for (value, character) in alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                output.append(
                    position <= chunk.count ? alphabet[Int(value >> (18 - 6 * position) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `nil` when the text is not padded base64 of the standard alphabet.
    public static func decode(_ text: String) -> [UInt8]? {
        var text = text
        return text.withUTF8 { characters -> [UInt8]? in
            guard characters.count % 4 == 0 else { return nil }
            // A local copy, so the loop does not go through the static's lazy initialiser.
            let digits = Self.digits
            var output: [UInt8] = []
            output.reserveCapacity(characters.count / 4 * 3)
            var position = 0
            while position < characters.count {
                var value: UInt32 = 0
                var padding = 0
                for offset in 0..<4 {
                    let character = characters[position + offset]
                    if character == UInt8(ascii: "="), position + 4 == characters.count, offset >= 2 {
                        padding += 1
                        value <<= 6
                        continue
                    }
                    let digit = digits[Int(character)]
                    guard padding == 0, digit != invalidDigit else { return nil }
                    value = value << 6 | UInt32(digit)
                }
                output.append(UInt8(value >> 16 & 0xFF))
                if padding < 2 { output.append(UInt8(value >> 8 & 0xFF)) }
                if padding < 1 { output.append(UInt8(value & 0xFF)) }
                position += 4
            }
            return output
        }
    }
}
