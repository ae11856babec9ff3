/// `%XX` sequences as the bytes they stand for; a `%` not followed by two hex digits stays.
func percentDecodedBytes(_ text: Substring) -> [UInt8] {
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
            let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
        {
            output.append(value)
            index += 3
        } else {
            output.append(bytes[index])
            index += 1
        }
    }
    return output
}

/// `%XX` sequences decoded as UTF-8; text that does not decode is returned unchanged.
func percentDecoded(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
    return String(validating: percentDecodedBytes(text[...]), as: UTF8.self) ?? text
}
