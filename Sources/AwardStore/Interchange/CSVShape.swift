import Foundation

extension CSVImport {
    /// Data rows (blank rows skipped) and header columns of a CSV file, for an import's summary;
    /// nil when the file cannot be read as CSV at all (`parse` reports why).
    public static func shape(_ data: Data) -> (rows: Int, columns: Int)? {
        guard case .success(let table) = CSVTable.read(data) else { return nil }
        return (table.rows.count, table.header.count)
    }
}
