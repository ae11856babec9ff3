import CImageLoader

/// Turns a picture a browser shows but an EPUB 3.2 book cannot carry (WebP, AVIF, HEIC, BMP,
/// TIFF) into JPEG or PNG, with libgd when it is on the machine (`CImageLoader`): EPUBCheck 4
/// rejects WebP without a fallback, and reading systems know none of the others.
enum ImageConversion {
    /// The picture as JPEG (photographs: lossy WebP, AVIF, HEIC) or PNG (lossless or
    /// transparent WebP, BMP, TIFF), or why it could not be converted. `format` is a name
    /// `MediaTypeSniffer.uncarriedImageFormat` gives, or `WebP`.
    /// - Parameter maximumSide: the longest side, in pixels, of the result (`nil`: as it is).
    static func converted(_ bytes: [UInt8], format: String, maximumSide: Int? = nil) -> Result<[UInt8], ConversionFailure> {
        let code: quire_image_format
        switch format {
        case "WebP": code = QUIRE_IMAGE_WEBP
        case "AVIF": code = QUIRE_IMAGE_AVIF
        case "HEIC": code = QUIRE_IMAGE_HEIC
        case "BMP": code = QUIRE_IMAGE_BMP
        case "TIFF": code = QUIRE_IMAGE_TIFF
        case "JPEG": code = QUIRE_IMAGE_JPEG
        case "PNG": code = QUIRE_IMAGE_PNG
        default: return .failure(ConversionFailure(reason: "is in a format quire does not convert"))
        }
        let asJPEG = ["AVIF", "HEIC", "JPEG"].contains(format) || (format == "WebP" && isOpaqueLossyWebP(bytes))
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        var error = [CChar](repeating: 0, count: 160)
        let succeeded = quire_convert_image(
            bytes, bytes.count, code, Int32(clamping: maximumSide ?? 0), asJPEG ? 1 : 0, &output, &length, &error)
        defer { quire_converted_image_free(output) }
        guard succeeded == 1, let output else {
            let reason = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(ConversionFailure(reason: reason))
        }
        return .success(Array(UnsafeBufferPointer(start: output, count: length)))
    }

    /// The width and height a JPEG, PNG or GIF declares in its header, without decoding it, so
    /// only pictures larger than a book needs are decoded and scaled.
    static func declaredSize(of bytes: [UInt8]) -> (width: Int, height: Int)? {
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]), bytes.count >= 24 { return (bigEndian(16, 4), bigEndian(20, 4)) }
        if bytes.starts(with: Array("GIF8".utf8)), bytes.count >= 10 {
            return (Int(bytes[6]) | Int(bytes[7]) << 8, Int(bytes[8]) | Int(bytes[9]) << 8)
        }
        guard bytes.starts(with: [0xFF, 0xD8]) else { return nil }
        // JPEG: walk the segments to the first start-of-frame marker (SOF0–SOF15 but DHT, JPG, DAC).
        var offset = 2
        while offset + 9 < bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (bigEndian(offset + 7, 2), bigEndian(offset + 5, 2))
            }
            offset += 2 + bigEndian(offset + 2, 2)
        }
        return nil
    }

    struct ConversionFailure: Error {
        var reason: String
    }

    /// A WebP of a single lossy frame (`VP8 `), or an extended one (`VP8X`) without its alpha
    /// flag: a photograph, which JPEG keeps small; anything else may be transparent or sharp.
    private static func isOpaqueLossyWebP(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 21 else { return false }
        let chunk = String(decoding: bytes[12..<16], as: UTF8.self)
        if chunk == "VP8 " { return true }
        return chunk == "VP8X" && bytes[20] & 0x10 == 0
    }
}
