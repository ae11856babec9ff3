import Foundation
@testable import Quire
import QuireDocument
import Testing

/// Reading HTML in the tests: from a string or from `fixtures/html/`.
enum HTMLTest {
    struct Result {
        var document: Document
        var warnings: [ConversionWarning]
        var blocks: [Block] { document.blocks }
        var metadata: Metadata { document.metadata }
    }

    static func read(_ html: String, baseURL: String? = nil, charset: String? = nil) throws -> Result {
        try read(bytes: Array(html.utf8), name: "test.html", baseURL: baseURL, charset: charset)
    }

    static func read(bytes: [UInt8], name: String = "test.html", baseURL: String? = nil, charset: String? = nil)
        throws -> Result
    {
        var warnings: [ConversionWarning] = []
        let input = ReaderInput(bytes: bytes, name: name, baseURL: baseURL, charset: charset)
        let document = try HTMLReader.read(input, warnings: &warnings)
        return Result(document: document, warnings: warnings)
    }

    static func fixture(_ name: String, baseURL: String? = nil) throws -> Result {
        let url = fixturesDirectory.appendingPathComponent("html").appendingPathComponent(name)
        return try read(bytes: Array(try Data(contentsOf: url)), name: name, baseURL: baseURL)
    }

    /// The words of a page built to make a quadratic walk show (thousands of nested boxes), read
    /// within a limit far above what linear time takes even in a debug build.
    static func wordsReadInLinearTime(_ html: String) throws -> [String] {
        let started = ContinuousClock.now
        let result = try read(html)
        #expect(ContinuousClock.now - started < .seconds(20))
        return words(result.blocks)
    }

    /// The blocks of `<body>` content, for tests that only look at the body.
    static func blocks(_ body: String, baseURL: String? = nil) throws -> [Block] {
        try read("<!DOCTYPE html><html><body>\(body)</body></html>", baseURL: baseURL).blocks
    }

    /// Every word of the document's text, in order.
    static func words(_ blocks: [Block]) -> [String] {
        var text = ""
        blocks.forEachBlock { block in
            if case .codeBlock(let code) = block { text += " " + code.text + " " }
            for inlines in block.childInlines { text += " " + inlines.plainText + " " }
        }
        return text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    }

    /// Every piece of text (text and code inlines, image descriptions, code blocks) on its own,
    /// so words either side of an element boundary stay apart.
    static func textPieces(_ blocks: [Block]) -> [String] {
        var pieces: [String] = []
        blocks.forEachBlock { block in
            if case .codeBlock(let code) = block { pieces.append(code.text) }
        }
        blocks.forEachInline { inline in
            switch inline {
            case .text(let text), .code(let text): pieces.append(text)
            case .image(let image): pieces.append(image.alternativeText)
            default: break
            }
        }
        return pieces
    }

    /// The deepest nesting of blocks and inlines, counted without recursion.
    static func depth(_ blocks: [Block]) -> Int {
        enum Node { case block(Block), inline(Inline) }
        var deepest = 0
        var pending: [(Node, Int)] = blocks.map { (.block($0), 1) }
        while let (node, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            switch node {
            case .block(let block):
                for children in block.childBlocks { pending += children.map { (.block($0), depth + 1) } }
                for children in block.childInlines { pending += children.map { (.inline($0), depth + 1) } }
            case .inline(let inline):
                pending += inline.children.map { (.inline($0), depth + 1) }
            }
        }
        return deepest
    }
}
