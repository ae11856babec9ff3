/// Guesses the format of input that comes without a file name, the way `file(1)` would: from
/// the first bytes that are not white space.
enum FormatSniffer {
    static func formatName(of bytes: [UInt8]) -> String {
        let head = bytes.prefix(4096)
        var start = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < head.count, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        let text = String(decoding: head[start...], as: UTF8.self)

        if text.hasPrefix("{"), text.lowercased().contains("\"quire-document\"") { return "json" }
        // The openings are at most 14 characters, so lowercasing the first 64 answers as the
        // whole head would: lowercasing all 4 KB cost 1 M instructions a page, 2% of
        // `quire stream` on pages given without a format (callgrind).
        let opening = String(text.prefix(64)).lowercased()
        let htmlOpenings = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<!--", "<meta", "<div", "<article", "<p>", "<p "]
        if htmlOpenings.contains(where: opening.hasPrefix) { return "html" }
        // Article exports (see the text reader) open with `<https://…>` alone on a line.
        if let firstLine = text.split(separator: "\n", maxSplits: 1).first, firstLine.hasPrefix("<http"), firstLine.hasSuffix(">") {
            return "text"
        }
        if looksLikeMarkdown(text) { return "markdown" }
        return "text"
    }

    /// Markdown that plain text rarely has: front matter, ATX headings, fences, links, tables.
    private static func looksLikeMarkdown(_ text: String) -> Bool {
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") { return true }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true).prefix(200) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { return true }
            if let marks = trimmed.firstIndex(where: { $0 != "#" }), trimmed.startIndex != marks,
                trimmed.distance(from: trimmed.startIndex, to: marks) <= 6, trimmed[marks] == " "
            {
                return true
            }
            if trimmed.hasPrefix("|"), trimmed.dropFirst().contains("|") { return true }
            if trimmed.contains("](") { return true }
        }
        return false
    }
}
