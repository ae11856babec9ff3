import Foundation
import QuireDocument

/// Raw HTML (`Block.rawHTML`, `Inline.rawHTML`) made into ordinary tree nodes, for the writers
/// that cannot carry HTML as it is: plain text and EPUB (whose pages must be well-formed XHTML
/// without scripts). The HTML and Markdown writers write raw HTML verbatim instead.
///
/// A raw block becomes what the HTML reader makes of it, after GitHub's tag filter (so a
/// `<script>` shows as the text GitHub shows): a `<table>` a table, `<p>` paragraphs, neutral
/// containers (`<div>`, `<details>`) dissolved into their content, and a CDATA section a code
/// block of its text. Since the HTML reader keeps only what the tree can say, the result holds
/// no script, event handler or style. A raw inline, a lone tag or comment, becomes its text:
/// nothing for a tag or a comment, the content of a CDATA section.
public enum RawHTMLResolution {
    /// The document with its raw HTML resolved; unchanged (and not copied) when it has none.
    public static func apply(to document: Document) -> Document {
        var flattened = false
        return apply(to: document, flattened: &flattened)
    }

    /// The same, setting `flattened` when the HTML read in place of a raw block nested deeper
    /// than the tree allows there and was flattened (every word kept).
    public static func apply(to document: Document, flattened: inout Bool) -> Document {
        guard containsRawHTML(document.blocks) else { return document }
        var resolved = document
        resolved.blocks = blocks(document.blocks, flattened: &flattened)
        return resolved.limitingDepth(flattened: &flattened)
    }

    /// Whether a writer writes raw HTML itself (HTML and Markdown as it is, JSON as the tree
    /// holds it); the pipeline resolves it for every other writer, with a warning when that
    /// flattens deep HTML.
    public static func isCarried(by writer: WriterFormat) -> Bool {
        [WriterFormat.html.name, WriterFormat.markdown.name, WriterFormat.json.name].contains(writer.name)
    }

    static func containsRawHTML(_ blocks: [Block]) -> Bool {
        var found = false
        TreeWalk.visit(
            blocks, block: { if case .rawHTML = $0 { found = true } }, inline: { if case .rawHTML = $0 { found = true } })
        return found
    }

    /// `blocks` with every raw HTML block and inline resolved.
    static func blocks(_ blocks: [Block], flattened: inout Bool) -> [Block] {
        resolvingSequence(blocks, flattened: &flattened).rewritingInlines { inline in
            guard case .rawHTML(let html) = inline else { return [inline] }
            return inlines(ofHTML: html)
        }
    }

    /// One sequence of blocks, children first. `<del>` alone on its line, then paragraphs, then
    /// `</del>`: the tags are raw blocks of their own and a browser strikes through the
    /// paragraphs between. Such a start tag of a formatting element applies to the content of
    /// each paragraph and heading after it, up to its end tag or the end of the sequence.
    private static func resolvingSequence(_ blocks: [Block], flattened: inout Bool) -> [Block] {
        var result: [Block] = []
        var open: [(name: String, make: @Sendable ([Inline]) -> [Inline])] = []
        func formatted(_ blocks: [Block]) -> [Block] {
            guard !open.isEmpty else { return blocks }
            func wrap(_ inlines: [Inline]) -> [Inline] {
                open.reversed().reduce(inlines) { content, element in content.isEmpty ? content : element.make(content) }
            }
            return blocks.rewritingBlocks { block in
                switch block {
                case .paragraph(let content): return [.paragraph(wrap(content))]
                case .heading(var heading):
                    heading.content = wrap(heading.content)
                    return [.heading(heading)]
                default: return [block]
                }
            }
        }
        for block in blocks {
            let block = block.mapChildren(blocks: { resolvingSequence($0, flattened: &flattened) }, inlines: { $0 })
            guard case .rawHTML(let html) = block else {
                result += formatted([block])
                continue
            }
            let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.utf8.count(where: { $0 == UInt8(ascii: "<") }) == 1, let tag = RawHTMLTag(trimmed), !tag.isSelfClosing,
                let make = RawHTMLTag.blockWrappingElements[tag.name]
            {
                if !tag.isClosing {
                    open.append((tag.name, make))
                    continue
                }
                if let index = open.lastIndex(where: { $0.name == tag.name }) {
                    open.remove(at: index)
                    continue
                }
            }
            result += formatted(self.blocks(ofHTML: html, flattened: &flattened))
        }
        return result
    }

    /// What a browser shows of a raw inline: an `<img>` its image, anything else its text, line
    /// ends in a CDATA section soft breaks. GitHub's tag filter shows `<script>`, `<iframe>`…
    /// as text.
    static func inlines(ofHTML html: String) -> [Inline] {
        if let tag = RawHTMLTag(html), tag.name == "img", !tag.isClosing, let source = tag.attributes["src"] {
            return [.image(Image(source: source, alternativeText: tag.attributes["alt"] ?? "", title: tag.attributes["title"]))]
        }
        let text = RawHTMLText.visibleText(
            of: RawHTMLTag.filteringDisallowedTags(html), decodingReferences: decodeCharacterReferences)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().flatMap { index, line -> [Inline] in
            (index > 0 ? [Inline.softBreak] : []) + (line.isEmpty ? [] : [.text(String(line))])
        }
    }

    /// A block of raw HTML as tree blocks: a CDATA section is kept as code, its text verbatim
    /// (the HTML reader would take it for a comment and drop it); the rest is read by the HTML
    /// reader after GitHub's tag filter.
    static func blocks(ofHTML html: String) -> [Block] {
        var flattened = false
        return blocks(ofHTML: html, flattened: &flattened)
    }

    /// The same, setting `flattened` when the HTML reader flattened HTML nested too deep.
    static func blocks(ofHTML html: String, flattened: inout Bool) -> [Block] {
        let trimmed = html.drop { $0 == " " }
        guard trimmed.hasPrefix("<![CDATA[") else {
            return blocksReadAsHTML(RawHTMLTag.filteringDisallowedTags(html), flattened: &flattened)
        }
        let content = trimmed.dropFirst("<![CDATA[".count)
        let end = content.range(of: "]]>")
        var code = content[..<(end?.lowerBound ?? content.endIndex)].drop { $0 == "\n" || $0 == "\r" }
        while code.last == "\n" || code.last == "\r" { code.removeLast() }
        let codeBlocks: [Block] = code.isEmpty ? [] : [.codeBlock(CodeBlock(text: String(code)))]
        guard let end else { return codeBlocks }
        return codeBlocks + blocksReadAsHTML(RawHTMLTag.filteringDisallowedTags(String(content[end.upperBound...])), flattened: &flattened)
    }

    /// The HTML reader's blocks, its neutral containers dissolved: a `<details>` or a `<div>`
    /// becomes the nodes it holds, as in the Markdown the HTML was part of.
    private static func blocksReadAsHTML(_ html: String, flattened: inout Bool) -> [Block] {
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(bytes: Array(html.utf8), name: "<html>")
        guard let document = try? HTMLReader.read(input, topDepth: 1, warnings: &warnings) else {
            let text = textOfHTMLBlock(html)
            return text.isEmpty ? [] : [.paragraph([.text(text)])]
        }
        if warnings.contains(where: { $0.message == HTMLBlockBuilder.flattenedWarning }) { flattened = true }
        return document.blocks.rewritingBlocks { block in
            if case .container(let container) = block { return container.content }
            return [block]
        }
    }
}
