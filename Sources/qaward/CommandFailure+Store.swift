import AwardDomain
import AwardStore

extension CommandFailure {
    init(_ error: StoreError, _ lang: Language) { self.init(error.text(lang)) }
    init(_ error: DomainError, _ lang: Language) { self.init(error.text(lang)) }
}

extension GlobalOptions {
    /// Opens the data directory for a command (the cycle of `--cycle`, else the newest).
    func openingStore() throws -> Store {
        do { return try Store.open(directory: dataURL, actor: operatorName, cycle: cycle) } catch {
            throw CommandFailure(error, language)
        }
    }
}
