// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "quire",
    products: [
        .library(name: "Quire", targets: ["Quire"]),
        .library(name: "QuireDocument", targets: ["QuireDocument"]),
        .executable(name: "quire", targets: ["quire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        // C libraries, each wrapped once. The module names carry a `C` prefix so they never clash
        // with the libxml2 interface Foundation uses internally on Linux.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        // libcurl, libzip, libxml2, uchardet and zlib, loaded with dlopen only when a URL is fetched, an
        // EPUB written, HTML parsed, a page's character set guessed or compressed records read (see their sources for
        // why). Their headers come from the -dev packages as usual; the Makefile's pkg-config file
        // for libxml2 gives only its headers, so the executable does not link it (a plain
        // `swift build` does, which works too).
        .target(name: "CCurlLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CImageLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CUchardetLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CZipLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CZlibLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CLibXML2Loader", dependencies: ["CLibXML2"], linkerSettings: [.linkedLibrary("dl")]),
        // The command's heap: memory kept for reuse, huge pages where they pay (see its source for why).
        .target(name: "CHeap"),
        // Temporary files removed on Ctrl-C, from a signal handler Swift cannot write safely.
        .target(name: "CTemporaryFiles"),

        // The document tree on its own, so the compiler keeps readers -> tree -> writers honest.
        .target(name: "QuireDocument"),
        // Readers, transforms, writers and the format registry.
        .target(
            name: "Quire",
            dependencies: [
                "QuireDocument", "CLibXML2", "CLibXML2Loader", "CZipLoader", "CCmarkGFM", "CCurlLoader", "CImageLoader", "CTemporaryFiles", "CUchardetLoader", "CZlibLoader",
                .product(name: "Yams", package: "Yams"),
            ]),
        // The command-line tool: parses arguments, calls the library, maps errors to exit codes.
        .executableTarget(
            name: "quire",
            dependencies: [
                "Quire", "CHeap",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(
            name: "QuireTests",
            dependencies: ["Quire", "QuireFuzz", .product(name: "PropertyBased", package: "swift-property-based")]),
        // `make bench`: the HTML reader against libxml2's bare parse of the same pages.
        .executableTarget(
            name: "quire-bench", dependencies: ["Quire", "QuireDocument", "CLibXML2"],
            linkerSettings: [.linkedLibrary("xml2")]),

        .testTarget(name: "CommandTests", dependencies: ["quire"]),

        // `make fuzz`: libFuzzer targets, one per reader and one for the writers over fuzzed trees
        // (docs/security-fuzzing.md, scripts/fuzz). Built with -DFUZZING they run libFuzzer's
        // driver, declared by CFuzzerDriver and linked by `-sanitize=fuzzer`; a plain build
        // replays the files given as arguments, so `swift build` links them as usual.
        .systemLibrary(name: "CFuzzerDriver"),
        .target(name: "QuireFuzz", dependencies: ["Quire", "QuireDocument"]),
        .executableTarget(name: "FuzzHTMLReader", dependencies: ["QuireFuzz", "CFuzzerDriver"]),
        .executableTarget(name: "FuzzMarkdownReader", dependencies: ["QuireFuzz", "CFuzzerDriver"]),
        .executableTarget(name: "FuzzTextReader", dependencies: ["QuireFuzz", "CFuzzerDriver"]),
        .executableTarget(name: "FuzzJSONReader", dependencies: ["QuireFuzz", "CFuzzerDriver"]),
        .executableTarget(name: "FuzzWriters", dependencies: ["QuireFuzz", "CFuzzerDriver"]),
    ]
)
