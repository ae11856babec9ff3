import QuireDocument

/// Reads the dates found in web pages and text exports into ISO 8601: the one date parser behind
/// the HTML reader's metadata and the text reader's article header, so both accept the same forms.
///
/// Pages and exports give anything from a machine timestamp to a prose date in the reader's
/// language; the tree keeps only ISO 8601. Accepted:
/// - ISO 8601 and its common near-misses: `2026-01-04`, `2026-01-04T09:15:00Z`, a space for the
///   `T`, `+0100` or `+01` offsets, a zone name (`UTC`), `2026/1/4`, `2026.01.04`, `20260104`,
///   `2026-01`, `2026`, and the basic format `20260104T091500+0100`. The time and offset are kept.
/// - RFC 2822, as in feeds and HTTP headers: `Sun, 04 Jan 2026 09:15:00 +0100` (or `GMT`, `EST`...).
///   A time followed by its zone is kept.
/// - Prose dates with the month named in English, French, Spanish, German, Portuguese or Italian,
///   in full or abbreviated: `Sunday 4 January 2026`, `January 4th, 2026`, `1er février 2026`,
///   `4 de enero de 2026`, `Sonntag, 4. Januar 2026`; `June 2025` is a month.
/// - All-numeric dates with the year last: `25/12/2025`, `4.1.2026`, `04-01-2026`, also with a
///   time after them (`14/06/2025 10:00`), which is dropped.
///
/// The rule for ambiguous numeric dates: with dots or dashes the day comes first, as in every
/// country that writes dates that way; with slashes both orders are common (`03/04/2025` is 3 April
/// in Europe, 4 March in the US), so the order is taken only when a number above 12 settles it
/// (`25/12/2025`, `12/25/2025`) and `03/04/2025` gives `nil`. A wrong date is worse than none: the
/// text reader keeps a date line it cannot read as the free-form field `date`.
///
/// Anything else gives `nil` rather than a guess: a two-digit year, a day that does not exist
/// (31 June), an unknown word around the date, or text longer than a date can be.
public enum HumanDate {
    /// The date in `text`, or `nil` when the text is not only a date.
    ///
    /// Weekday names, ordinal suffixes ("4th", "1er"), linking words ("de", "of", "at") and a time
    /// of day are allowed around a prose date; any other word makes the whole text not a date. A
    /// time without a zone ("14:30") is dropped: it cannot be placed on the timeline, and keeping it
    /// would make a day read as a precise moment.
    public static func parse(_ text: String) -> DocumentDate? {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.count <= maximumLength else { return nil }
        let bytes = Array(trimmed.utf8)
        guard
            let date = startsWithYear(bytes)
                ? isoLike(bytes) : numericDate(trimmed) ?? numericDateWithClock(trimmed) ?? wordDate(trimmed)
        else {
            return nil
        }
        return existsInCalendar(date) ? date : nil
    }

    /// The longest date written out in words, weekday, time and zone included, is well under
    /// this; longer text is a sentence that mentions a date, not a date.
    private static let maximumLength = 80

    /// `DocumentDate` checks each field's range; this also refuses the 31st of June.
    private static func existsInCalendar(_ date: DocumentDate) -> Bool {
        guard let day = date.day else { return true }
        let fields = day.split(separator: "-").compactMap { Int($0) }
        return fields.count == 3 && fields[2] <= daysIn(month: fields[1], year: fields[0])
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: ISO 8601 and near-misses

    /// Text that opens with a four-digit year and `-`, `/` or `.`, or is a bare year or
    /// `20260104`, is read as ISO 8601 or not at all.
    private static func startsWithYear(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 4, bytes.prefix(4).allSatisfy(isDigit) else { return false }
        if bytes.count == 4 || (bytes.count == 8 && bytes.allSatisfy(isDigit)) || isCompact(bytes) { return true }
        return "-/.".utf8.contains(bytes[4])
    }

    /// ISO 8601's basic format with a time, `20180619T055000+0900`, as some sites write it.
    private static func isCompact(_ bytes: [UInt8]) -> Bool {
        bytes.count > 9 && bytes.prefix(8).allSatisfy(isDigit) && bytes[8] == UInt8(ascii: "T")
    }

    /// `20180619T055000+0900` as `2018-06-19T05:50:00+09:00`: the digits of the time in pairs,
    /// then the zone.
    private static func compactISO(_ bytes: [UInt8]) -> DocumentDate? {
        let text = String(decoding: bytes, as: UTF8.self)
        let date = "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.dropFirst(6).prefix(2))"
        let rest = text.dropFirst(9)
        let digits = rest.prefix { $0.isASCIIDigit }
        guard digits.count == 4 || digits.count == 6 else { return nil }
        var time = "\(digits.prefix(2)):\(digits.dropFirst(2).prefix(2))"
        if digits.count == 6 { time += ":\(digits.suffix(2))" }
        guard let offset = isoOffset(String(rest.dropFirst(digits.count))) else { return nil }
        return DocumentDate(iso8601: date + "T" + time + offset)
    }

    private static func isoLike(_ bytes: [UInt8]) -> DocumentDate? {
        if isCompact(bytes) { return compactISO(bytes) }
        if bytes.count == 8, bytes.allSatisfy(isDigit) {
            let text = String(decoding: bytes, as: UTF8.self)
            return DocumentDate(iso8601: "\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
        }
        var date = ""
        var index = 0
        // The date part, with `/` or `.` accepted as separators.
        while index < bytes.count, isDigit(bytes[index]) || "-/.".utf8.contains(bytes[index]) {
            date.append(isDigit(bytes[index]) ? Character(UnicodeScalar(bytes[index])) : "-")
            index += 1
        }
        date = padded(dateFields: date)
        guard index < bytes.count else { return DocumentDate(iso8601: date) }

        // The time part: `T` or a space, then hh:mm[:ss[.fff]], then a zone.
        guard bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ") else { return nil }
        index += 1
        var time = ""
        while index < bytes.count, isDigit(bytes[index]) || ":.".utf8.contains(bytes[index]) {
            time.append(Character(UnicodeScalar(bytes[index])))
            index += 1
        }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard let offset = isoOffset(String(decoding: bytes[index...], as: UTF8.self)) else { return nil }
        return DocumentDate(iso8601: date + "T" + time + offset)
    }

    /// `2026-1-4` becomes `2026-01-04`.
    private static func padded(dateFields: String) -> String {
        let fields = dateFields.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count > 1 else { return dateFields }
        return fields.enumerated().map { index, field in
            index > 0 && field.count == 1 ? "0" + field : String(field)
        }.joined(separator: "-")
    }

    /// A zone as ISO 8601 writes it: from `Z`, `+01:00`, `+0100`, `+01`, a name in `zoneNames`, or
    /// nothing (a local time).
    private static func isoOffset(_ zone: String) -> String? {
        let name = zone.lowercased()
        if name.isEmpty { return "" }
        if name == "z" { return "Z" }
        if let offset = zoneNames[name] { return offset }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return nil }
        let digits = zone.dropFirst().filter { $0 != ":" }
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        switch digits.count {
        case 2: return "\(sign)\(digits):00"
        case 4: return "\(sign)\(digits.prefix(2)):\(digits.suffix(2))"
        default: return nil
        }
    }

    /// The zone names RFC 2822 (section 4.3) allows, which older feeds and servers still write.
    private static let zoneNames: [String: String] = [
        "ut": "Z", "utc": "Z", "gmt": "Z", "est": "-05:00", "edt": "-04:00", "cst": "-06:00", "cdt": "-05:00",
        "mst": "-07:00", "mdt": "-06:00", "pst": "-08:00", "pdt": "-07:00",
    ]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: All-numeric dates with the year last

    /// `25/12/2025`, `4.1.2026`, `04-01-2026`, ordered by the rule in the type's documentation.
    private static func numericDate(_ text: String) -> DocumentDate? {
        for separator in ["/", ".", "-"] as [Character] {
            let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
                parts[2].count == 4, let first = Int(parts[0]), let second = Int(parts[1]), let year = Int(parts[2])
            else { continue }
            let dayFirst = separator != "/" || first > 12
            let monthFirst = !dayFirst && second > 12
            guard dayFirst || monthFirst else { return nil }
            return dayFirst
                ? DocumentDate(year: year, month: second, day: first) : DocumentDate(year: year, month: first, day: second)
        }
        return nil
    }

    /// `14/06/2025 10:00` or `4.1.2026, 09:15:30`, as content systems print a timestamp: the
    /// date, with the time dropped like any time without a zone.
    private static func numericDateWithClock(_ text: String) -> DocumentDate? {
        guard let space = text.lastIndex(of: " ") else { return nil }
        let fields = text[text.index(after: space)...].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
            fields.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }),
            fields.dropFirst().allSatisfy({ $0.count == 2 && Int($0) ?? 60 < 60 }), Int(fields[0]) ?? 24 < 24
        else { return nil }
        var date = text[..<space]
        while date.last == "," || date.last == " " { date.removeLast() }
        return numericDate(String(date))
    }

    // MARK: Prose and RFC 2822

    private enum Token {
        /// Digits with the letters that follow them: "4", "4th", "1er", "2026".
        case number(digits: String, suffix: String)
        case word(String)
        /// `14:30` or `07:30:00`.
        case time(String)
        /// `+0100` or `-04:00` right after a time.
        case offset(String)
    }

    private static func wordDate(_ text: String) -> DocumentDate? {
        let tokens = tokens(of: text.lowercased())
        var year: Int?
        var month: Int?
        var day: Int?
        var clock: String?
        for (position, token) in tokens.enumerated() {
            switch token {
            case .number(let digits, let suffix):
                guard suffix.isEmpty || ordinalSuffixes.contains(suffix), let number = Int(digits) else { return nil }
                if digits.count == 4, year == nil {
                    year = number
                } else if digits.count <= 2, day == nil, (1...31).contains(number) {
                    day = number
                } else {
                    return nil
                }
            case .time(let time):
                guard clock == nil, position + 1 < tokens.count else { continue }
                clock = zonedTime(time, zone: tokens[position + 1])
            case .offset(let offset):
                guard isoOffset(offset) != nil else { return nil }
            case .word(let word):
                if ignoredWords.contains(word) || weekdays.contains(word) { continue }
                if month == nil, let found = monthNumber(word) {
                    month = found
                    continue
                }
                guard zoneNames[word] != nil, followsTime(position, in: tokens) else { return nil }
            }
        }
        guard let month, let year else { return nil }
        guard let day else { return DocumentDate(iso8601: "\(year)-\(month < 10 ? "0" : "")\(month)") }
        guard let date = DocumentDate(year: year, month: month, day: day) else { return nil }
        guard let clock else { return date }
        return DocumentDate(iso8601: date.iso8601 + "T" + clock) ?? date
    }

    /// Whether the token at `position` comes right after a time (`07:30 EST`) or its `am`/`pm`
    /// (`7:30 am EST`): a zone name belongs there and is no date word anywhere else.
    private static func followsTime(_ position: Int, in tokens: [Token]) -> Bool {
        var previous = position - 1
        if previous >= 0, case .word(let word) = tokens[previous], word == "am" || word == "pm" { previous -= 1 }
        guard previous >= 0, case .time = tokens[previous] else { return false }
        return true
    }

    /// `09:15:00` and the zone after it as ISO 8601 writes them (`09:15:00+01:00`); `nil` when no
    /// zone follows or the time is not written as RFC 2822 writes it.
    private static func zonedTime(_ time: String, zone: Token) -> String? {
        let fields = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), (1...2).contains(fields[0].count),
            fields.dropFirst().allSatisfy({ $0.count == 2 })
        else { return nil }
        let offset: String?
        switch zone {
        case .offset(let text): offset = isoOffset(text)
        case .word(let name): offset = zoneNames[name]
        case .number, .time: offset = nil
        }
        guard let offset else { return nil }
        return (fields[0].count == 1 ? "0" : "") + time + offset
    }

    /// Splits on anything that is neither a letter nor a digit, keeping `14:30` whole, a
    /// number's letter suffix ("4th") with its number, and the sign of an offset after a time.
    private static func tokens(of text: String) -> [Token] {
        let characters = Array(text)
        var result: [Token] = []
        var index = 0
        func run(from start: Int, while belongs: (Character) -> Bool) -> String {
            index = start
            while index < characters.count, belongs(characters[index]) { index += 1 }
            return String(characters[start..<index])
        }
        func isDigitOrInnerColon(_ position: Int) -> Bool {
            characters[position].isASCIIDigit
                || (characters[position] == ":" && position + 1 < characters.count && characters[position + 1].isASCIIDigit)
        }
        while index < characters.count {
            let start = index
            let character = characters[index]
            if character.isASCIIDigit {
                while index < characters.count, isDigitOrInnerColon(index) { index += 1 }
                let digits = String(characters[start..<index])
                if digits.contains(":") {
                    result.append(.time(digits))
                } else {
                    let suffix = run(from: index) { $0.isLetter || $0 == "º" || $0 == "ª" }
                    result.append(.number(digits: digits, suffix: suffix))
                }
            } else if character.isLetter {
                result.append(.word(run(from: index, while: \.isLetter)))
            } else if character == "+" || character == "-", case .time = result.last, index + 1 < characters.count,
                characters[index + 1].isASCIIDigit
            {
                index += 1
                while index < characters.count, isDigitOrInnerColon(index) { index += 1 }
                result.append(.offset(String(characters[start..<index])))
            } else {
                index += 1
            }
        }
        return result
    }

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        var found: Int?
        for (index, names) in monthNames.enumerated() where names.contains(where: { $0.hasPrefix(word) }) {
            guard found == nil || found == index + 1 else { return nil }
            found = index + 1
        }
        return found
    }

    /// Full month names in English, French, Spanish, German, Portuguese and Italian, with the
    /// spellings people type without accents. Abbreviations match as unambiguous prefixes.
    private static let monthNames: [[String]] = [
        ["january", "janvier", "enero", "januar", "jänner", "janeiro", "gennaio"],
        ["february", "février", "fevrier", "febrero", "februar", "fevereiro", "febbraio"],
        ["march", "mars", "marzo", "märz", "maerz", "março", "marco"],
        ["april", "avril", "abril", "aprile"],
        ["may", "mai", "mayo", "maio", "maggio"],
        ["june", "juin", "junio", "juni", "junho", "giugno"],
        ["july", "juillet", "julio", "juli", "julho", "luglio"],
        ["august", "août", "aout", "agosto"],
        ["september", "septembre", "septiembre", "setiembre", "setembro", "settembre", "sept"],
        ["october", "octobre", "octubre", "oktober", "outubro", "ottobre"],
        ["november", "novembre", "noviembre", "novembro"],
        ["december", "décembre", "decembre", "diciembre", "dezember", "dezembro", "dicembre"],
    ]

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "segunda", "terça", "terca", "quarta", "quinta", "sexta", "feira",
        "lunedì", "lunedi", "martedì", "martedi", "mercoledì", "mercoledi", "giovedì", "giovedi",
        "venerdì", "venerdi", "sabato", "domenica",
    ]

    /// Words that link the parts of a date in the six languages (English "at" before a time), and
    /// the universal zone names, which RFC 2822 also puts in a comment after a numeric offset.
    private static let ignoredWords: Set<String> = [
        "de", "del", "of", "the", "on", "at", "le", "el", "am", "pm", "den", "um", "à", "a", "h", "utc", "gmt",
    ]

    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th", "er", "re", "e", "o", "º", "ª"]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
