import QuireDocument

/// A cover drawn from the metadata, for a book whose source named no picture: reading systems
/// show a grey box or the first page in the library without one, and every book looks alike.
///
/// SVG, so it is small, sharp at any size and deterministic: the same metadata always gives the
/// same bytes. The palette is chosen by the title's SHA-1, so books on a shelf differ.
enum GeneratedCover {
    private struct Palette {
        let background: String
        let ink: String
        let accent: String
    }

    private static let palettes = [
        Palette(background: "#F3EEE3", ink: "#22313A", accent: "#9A3B2E"),
        Palette(background: "#22313A", ink: "#F3EEE3", accent: "#D9A441"),
        Palette(background: "#E4ECE6", ink: "#1F3B2D", accent: "#3F7D58"),
        Palette(background: "#2E2A3F", ink: "#EDE8F5", accent: "#B08BD9"),
        Palette(background: "#F5E9DA", ink: "#3B2418", accent: "#C0602A"),
        Palette(background: "#DCE7F0", ink: "#17324A", accent: "#2F6E9E"),
    ]

    static let width = 1200
    static let height = 1800

    /// Title, then authors, then the publisher and date at the foot.
    static func svg(for book: BookDescription) -> [UInt8] {
        let palette = palettes[Int(SHA1.digest(Array(book.title.utf8))[0]) % palettes.count]
        let metadata = book.metadata
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)">
            <rect width="\(width)" height="\(height)" fill="\(palette.background)"/>
            <rect x="60" y="60" width="\(width - 120)" height="\(height - 120)" fill="none" \
            stroke="\(palette.ink)" stroke-width="4"/>

            """
        let title = titleLines(book.title)
        var baseline = 420
        for line in title.lines {
            svg += text(line, y: baseline, size: title.fontSize, weight: "bold", color: palette.ink)
            baseline += title.fontSize * 6 / 5
        }
        baseline += 40
        svg += "<rect x=\"\(width / 2 - 90)\" y=\"\(baseline)\" width=\"180\" height=\"8\" fill=\"\(palette.accent)\"/>\n"
        baseline += 130
        for line in LineWrapping.wrap(TextRenderer.nameList(metadata.authors), width: 30).prefix(3) {
            svg += text(line, y: baseline, size: 56, weight: "normal", color: palette.ink)
            baseline += 72
        }
        let foot = [metadata.publisher, metadata.date.map { $0.day ?? $0.iso8601 }]
            .compactMap { $0?.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " · ")
        if let line = LineWrapping.wrap(foot, width: 40).first {
            svg += text(line, y: height - 170, size: 44, weight: "normal", color: palette.accent)
        }
        return Array((svg + "</svg>\n").utf8)
    }

    /// The title in lines that fit the page, in the largest of three sizes that holds it in at most
    /// six lines; a longer title is cut at the ninth line with an ellipsis (the book's metadata
    /// and title page keep it whole).
    private static func titleLines(_ title: String) -> (lines: [String], fontSize: Int) {
        for (fontSize, columns) in [(104, 16), (84, 20), (64, 27)] {
            let lines = LineWrapping.wrap(title, width: columns)
            if lines.count <= 6 { return (lines, fontSize) }
        }
        let lines = LineWrapping.wrap(title, width: 27)
        guard lines.count > 9 else { return (lines, 64) }
        return (Array(lines.prefix(8)) + [lines[8] + " …"], 64)
    }

    private static func text(_ line: String, y: Int, size: Int, weight: String, color: String) -> String {
        "<text x=\"\(width / 2)\" y=\"\(y)\" font-family=\"serif\" font-size=\"\(size)\" font-weight=\"\(weight)\" "
            + "text-anchor=\"middle\" fill=\"\(color)\">\(MarkupText.escaped(line))</text>\n"
    }
}
