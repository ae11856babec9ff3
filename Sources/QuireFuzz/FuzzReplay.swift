import Glibc

/// The fuzz targets without libFuzzer (a build without -DFUZZING): each argument, a file or a
/// folder of files, is run through `target` once, so a saved crash input can be replayed under a
/// debugger, and `swift build` builds the targets like any other executable.
public enum FuzzReplay {
    public static func run(_ arguments: [String], _ target: ([UInt8]) -> Void) -> Int32 {
        guard !arguments.isEmpty else {
            printError("usage: \(CommandLine.arguments.first ?? "fuzz-target") FILE|FOLDER...\n"
                + "Runs each input once through the target (built with -DFUZZING it is a libFuzzer target: scripts/fuzz).\n")
            return 2
        }
        var count = 0
        for path in arguments {
            for file in files(at: path) {
                guard let bytes = contents(of: file) else {
                    printError("\(file): cannot be read\n")
                    return 1
                }
                target(bytes)
                count += 1
            }
        }
        printError("ran \(count) input\(count == 1 ? "" : "s")\n")
        return 0
    }

    /// `path` itself, or the regular files directly inside it when it is a folder, sorted.
    static func files(at path: String) -> [String] {
        guard let folder = opendir(path) else { return [path] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if entry.pointee.d_type == UInt8(DT_REG) { names.append(name) }
        }
        return names.sorted().map { path + "/" + $0 }
    }

    static func contents(of path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { bytes += buffer[0..<count] }
            if count < buffer.count { return ferror(file) == 0 ? bytes : nil }
        }
    }
}
