import AwardDomain
import Foundation

extension AppModel {
    /// The procedure's refusal of `action` as things stand (the condition, its article and what
    /// to do instead), or nil. A screen asks it before putting a question that cannot be taken
    /// back, so nobody types a reason for a step the measures refuse; the reason the question
    /// would take is given as "—", since a missing reason is the question's own check.
    func procedureRefusal(_ action: Action) -> [Effect]? {
        let context = ActionContext(actor: env.operatorName, at: env.clock(env.today), today: env.today)
        do throws(DomainError) {
            try Procedure.check(action, in: data, context: context)
            return nil
        } catch {
            return [.error(t(error))]
        }
    }
}
