import QuireDocument

/// Turns the date forms found in web pages into ISO 8601 (`DocumentDate`).
///
/// Handles ISO 8601 and its common near-misses (`2025-06-14 07:30:00`, `+0100` offsets,
/// `2025/06/14`), RFC 2822 (`Sat, 14 Jun 2025 07:30:00 GMT`) and English prose dates
/// (`14 June 2025`, `June 14th, 2025`, `Saturday 14 June 2025`). A date-time keeps its time and
/// offset; a prose date becomes a calendar day. Ambiguous all-numeric days such as `01/02/2025`
/// give `nil` rather than a guess.
enum DateNormalizer {
    static func normalize(_ text: String) -> DocumentDate? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.count <= 80 else { return nil }
        // Text that starts like an ISO date (`2025-`, `2025/`) is read as one or not at all.
        let bytes = Array(trimmed.utf8)
        let looksISO = bytes.count > 4 && bytes.prefix(4).allSatisfy(isDigit) && "-/.".utf8.contains(bytes[4])
        guard let date = looksISO ? isoLike(trimmed) : isoLike(trimmed) ?? prose(trimmed) else { return nil }
        return existsInCalendar(date) ? date : nil
    }

    /// `DocumentDate` checks field ranges; this also refuses the 31st of February.
    private static func existsInCalendar(_ date: DocumentDate) -> Bool {
        let fields = date.iso8601.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard fields.count == 3 else { return true }
        let (year, month, day) = (fields[0], fields[1], fields[2])
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    // MARK: ISO 8601 and near-misses

    private static func isoLike(_ text: String) -> DocumentDate? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes.prefix(4).allSatisfy(isDigit) else { return nil }
        // Compact `20250614`.
        if bytes.count == 8, bytes.allSatisfy(isDigit) {
            return DocumentDate(iso8601: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
        }
        var normalized = ""
        var index = 0
        // The date part, with `/` or `.` accepted as separators.
        while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-")
            || bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ".")
        {
            normalized.append(isDigit(bytes[index]) ? Character(UnicodeScalar(bytes[index])) : "-")
            index += 1
        }
        normalized = pad(dateFields: normalized)
        guard index < bytes.count else { return DocumentDate(iso8601: normalized) }

        // The time part: `T` or a space, then hh:mm[:ss[.fff]], then a zone.
        guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        var time = ""
        while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ":")
            || bytes[index] == UInt8(ascii: ".")
        {
            time.append(Character(UnicodeScalar(bytes[index])))
            index += 1
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        let zone = String(decoding: bytes[index...], as: UTF8.self)
        guard let offset = isoOffset(zone) else { return nil }
        return DocumentDate(iso8601: normalized + "T" + time + offset)
    }

    /// `2025-6-4` becomes `2025-06-04`.
    private static func pad(dateFields: String) -> String {
        let fields = dateFields.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count > 1 else { return dateFields }
        return fields.enumerated().map { index, field in
            index > 0 && field.count == 1 ? "0" + field : String(field)
        }.joined(separator: "-")
    }

    /// `Z`, `+01:00`, `+0100`, `+01`, `UTC`, `GMT` or nothing, as ISO 8601 wants it.
    private static func isoOffset(_ zone: String) -> String? {
        switch zone.uppercased() {
        case "": return ""
        case "Z", "UTC", "GMT": return "Z"
        default: break
        }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return nil }
        let digits = zone.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        switch digits.count {
        case 2: return "\(sign)\(digits):00"
        case 4: return "\(sign)\(digits.prefix(2)):\(digits.suffix(2))"
        default: return nil
        }
    }

    // MARK: RFC 2822 and prose

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    private static func prose(_ text: String) -> DocumentDate? {
        let tokens = tokenize(text)
        var year: Int?
        var month: Int?
        var day: Int?
        var numbers: [Int] = []
        var time: (tokenIndex: Int, text: String)?
        for (index, token) in tokens.enumerated() {
            if token.contains(":") {
                if time == nil { time = (index, token) }
                continue
            }
            if let value = months[token.lowercased()] {
                if month == nil { month = value }
                continue
            }
            let digits = token.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int(digits) else { continue }
            let suffix = token.dropFirst(digits.count).lowercased()
            guard ["", "st", "nd", "rd", "th"].contains(suffix) else { continue }
            if digits.count == 4, year == nil {
                year = value
            } else if digits.count <= 2 {
                numbers.append(value)
            }
        }
        guard let year else { return nil }
        if month != nil {
            day = numbers.first
        } else if numbers.count >= 2 {
            // All-numeric: only unambiguous orders.
            let (first, second) = (numbers[0], numbers[1])
            if first > 12, second <= 12 {
                (day, month) = (first, second)
            } else if second > 12, first <= 12 {
                (month, day) = (first, second)
            } else {
                return nil
            }
        }
        guard let month else { return DocumentDate(iso8601: String(year)) }
        guard let day else { return DocumentDate(iso8601: String(year) + (month < 10 ? "-0" : "-") + String(month)) }
        guard let date = DocumentDate(year: year, month: month, day: day) else { return nil }
        // RFC 2822 carries a time and a zone: keep them.
        if let time, let rfcTime = rfc2822Time(time.text, zone: tokens.dropFirst(time.tokenIndex + 1).first) {
            return DocumentDate(iso8601: date.iso8601 + rfcTime) ?? date
        }
        return date
    }

    private static func rfc2822Time(_ time: String, zone: String?) -> String? {
        let fields = time.split(separator: ":")
        guard fields.count >= 2, fields.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        guard let zone, let offset = isoOffset(zone) else { return nil }
        return "T" + fields.joined(separator: ":") + offset
    }

    /// Words, numbers and times, splitting at spaces, commas and the like but keeping `+0100`.
    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber || character == ":" || (character == "+" && current.isEmpty)
                || (character == "-" && current.isEmpty && !tokens.isEmpty)
            {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
