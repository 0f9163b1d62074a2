import Foundation

/// A file the user asked for outside the data directory (`--out FILE`, an export): written
/// atomically (temp file, fsync, rename) and created 0600, since exports hold review data
/// (第二十条). An existing file of that name is replaced whole.
public enum OutputFile {
    public static func write(_ data: Data, to path: String) throws(StoreError) {
        try AtomicFile.write(data, to: URL(fileURLWithPath: path))
    }
}
