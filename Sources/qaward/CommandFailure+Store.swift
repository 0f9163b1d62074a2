import AwardDomain
import AwardStore

extension CommandFailure {
    init(_ error: StoreError, _ lang: Language) { self.init(error.text(lang)) }
    init(_ error: DomainError, _ lang: Language) { self.init(error.text(lang)) }
}
