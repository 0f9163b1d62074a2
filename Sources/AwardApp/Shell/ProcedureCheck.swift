import AwardDomain

extension AppModel {
    /// The procedure's refusal of `action` as things stand (the condition, its article and what
    /// to do instead), or nil. A screen asks it before putting a question that cannot be taken
    /// back, so nobody types a reason or confirms a step the measures refuse; a reason the
    /// question would take is given as "—", since a missing reason is the question's own check.
    func procedureRefusal(_ action: Action) -> DomainError? {
        do throws(DomainError) {
            try Procedure.check(action, in: data, context: actionContext)
            return nil
        } catch {
            return error
        }
    }

    /// Who takes an action now and when, as the store will record it.
    var actionContext: ActionContext { ActionContext(actor: env.operatorName, at: env.clock(env.today), today: env.today) }
}

