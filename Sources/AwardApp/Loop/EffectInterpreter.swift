import AwardDomain
import Foundation

/// Carries out the effects `update` returns, in order, and hands each result back to `update`
/// as a message (whose own effects run next). The one interpreter: the run loop calls it with
/// the store, tests with an in-memory world.
public enum EffectInterpreter {
    /// Returns false when the app should end. A refused change drops the effects queued after it.
    public static func run<IO: AppIO>(_ effects: [Effect], model: inout AppModel, io: inout IO) -> Bool {
        // The data the model holds now stands at the store's last entry: a form opened next
        // counts others' changes from there.
        defer { model.journalSeq = io.lastSeq }
        var queue = effects
        var i = 0
        while i < queue.count {
            let effect = queue[i]
            i += 1
            // `update` applies the shell's own effects before returning; one passed in directly
            // is applied the same way.
            if effect.isShellEffect {
                queue += model.applyShellEffects([effect])
                continue
            }
            guard let (messages, ok) = carryOut(effect, today: model.env.today, io: &io) else { return false }
            if !ok { queue.removeSubrange(i...) }
            for m in messages { queue += model.update(m) }
        }
        return true
    }

    /// One effect's I/O and the messages it yields; nil for `.quit`. `ok` is false when a change
    /// was refused.
    static func carryOut<IO: AppIO>(_ effect: Effect, today: Day, io: inout IO) -> (messages: [Msg], ok: Bool)? {
        switch effect {
        case .quit:
            return nil
        case .status, .setBoardDate:
            return ([], true) // applied to the model by `run`, never I/O
        case .commit(let action, let base):
            return commit([action], basedOn: base, today: today, io: &io)
        case .commitAll(let actions, let base):
            return commit(actions, basedOn: base, today: today, io: &io)
        case .commitDraw(let seed, let drawID, let actions, let base):
            if let p = io.saveDrawSeed(seed, drawID: drawID) { return ([.failed(p.message)], false) }
            var r = commit(actions, basedOn: base, today: today, io: &io)
            // Only a refused commitment takes its seed back: once it is on record the seed is its
            // only way to a reveal, whatever happens to the publication after it.
            if !r.ok, case .refused? = r.messages.first, let p = io.removeDrawSeed(drawID: drawID, commitment: seed.commitment) { r.messages.append(.failed(p.message)) }
            return r
        case .loadDrawSeed(let drawID, let commitment):
            switch io.loadDrawSeed(drawID: drawID, commitment: commitment) {
            case .success(let seed): return ([.drawSeedLoaded(drawID: drawID, seed: seed, path: io.drawSeedPath(drawID: drawID, commitment: commitment))], true)
            case .failure(let p): return ([.failed(p.message)], true)
            }
        case .removeDrawSeed(let drawID, let commitment):
            return (io.removeDrawSeed(drawID: drawID, commitment: commitment).map { [.failed($0.message)] } ?? [], true)
        case .exportDocument(let document, let base, let format, let author, let lang):
            let doc = io.head.map { document.stamped(at: $0, lang) } ?? document
            return carryOut(doc.fileExport(base: base, format: format, author: author), today: today, io: &io)
        case .export(let name, let contents):
            switch io.export(name: name, contents: contents) {
            case .success(let path): return ([.exported(path: path)], true)
            case .failure(let p): return ([.failed(p.message)], true)
            }
        case .importCalendar(let path):
            guard let bytes = io.read(path: path) else {
                let shown = (path as NSString).expandingTildeInPath
                return ([.failed(.cannotReadFile(shown))], true)
            }
            do throws(DomainError) {
                let y = try WorkdayCalendar.importYear(from: bytes)
                let action = Action.registry(.importCalendarYear(year: y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays))
                var r = commit([action], basedOn: nil, today: today, io: &io)
                if r.ok { r.messages.append(.calendarImported(year: y.year, holidays: y.holidays.count, adjustedWorkdays: y.adjustedWorkdays.count)) }
                return r
            } catch {
                return ([.failed(error.phrase)], true)
            }
        case .loadAudit(let since, let actor):
            switch io.auditLog(since: since, actor: actor) {
            case .success(let lines): return ([.auditLoaded(lines)], true)
            case .failure(let p): return ([.failed(p.message)], true)
            }
        case .verifyAudit:
            return ([.auditVerified(io.verifyAudit())], true)
        case .createCycle(let year):
            return opened(io.openCycle(year, create: true))
        case .openCycle(let year):
            return opened(io.openCycle(year, create: false))
        case .idle:
            // Others' changes first, so that a checkpoint started now includes them.
            var messages = pickUp(&io)
            if let p = io.idle() { messages.append(.failed(p.message)) }
            return (messages, true)
        }
    }

    static func opened(_ r: Result<(AwardData, [Int]), IOProblem>) -> (messages: [Msg], ok: Bool) {
        switch r {
        case .success(let (data, years)): return ([.cycleOpened(data, years: years)], true)
        case .failure(let p): return ([.failed(p.message)], false)
        }
    }

    /// What other qaward processes saved meanwhile, as a message (none when nothing changed).
    static func pickUp<IO: AppIO>(_ io: inout IO) -> [Msg] {
        switch io.othersChanges() {
        case .success(let data?): return [.othersSaved(data)]
        case .success(nil): return []
        case .failure(let p): return [.failed(p.message)]
        }
    }

    /// Saves each change at once; a refusal stops the rest (what was saved stays saved).
    private static func commit<IO: AppIO>(_ actions: [Action], basedOn base: Int?, today: Day, io: inout IO) -> (messages: [Msg], ok: Bool) {
        var out: [Msg] = []
        for action in actions {
            switch io.commit(action, today: today, basedOn: base) {
            case .success(let data): out.append(.committed(action, data))
            case .failure(let p): return (out + [.refused(action, p.message)], false)
            }
        }
        return (out, true)
    }
}
