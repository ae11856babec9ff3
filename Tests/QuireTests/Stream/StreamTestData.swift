import Foundation

/// Builds WARC records and gzip members for the stream tests; the gzip tool compresses, so
/// the reader is checked against an independent writer.
enum StreamTestData {
    static func warcRecord(type: String, id: String, uri: String? = nil, contentType: String? = nil, block: [UInt8]) -> [UInt8] {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: \(id)\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func httpResponse(status: String = "200 OK", headers: [String], body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    static func response(id: String, uri: String, headers: [String], body: [UInt8]) -> [UInt8] {
        warcRecord(
            type: "response", id: id, uri: uri, contentType: "application/http; msgtype=response",
            block: httpResponse(headers: headers, body: body))
    }

    /// One gzip member holding `bytes`, written by the gzip tool.
    static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(bytes)); try? input.fileHandleForWriting.close() }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Array(compressed)
    }

    /// A chunked transfer coding of `bytes` in pieces of `size`.
    static func chunked(_ bytes: [UInt8], size: Int) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + size)
            output += Array(String(end - index, radix: 16).utf8) + [0x0D, 0x0A] + bytes[index..<end] + [0x0D, 0x0A]
            index = end
        }
        return output + Array("0\r\n\r\n".utf8)
    }

    static func page(title: String, paragraph: String) -> String {
        """
        <!DOCTYPE html><html><head><title>\(title)</title></head><body>
        <article><h1>\(title)</h1><p>\(paragraph)</p><p>\(paragraph) Once more, in other words.</p></article>
        </body></html>
        """
    }
}
