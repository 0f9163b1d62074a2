import AwardDomain
import AwardStore
import TerminalUI

/// The run loop: render, read a key, update, run the effects. Saving happens here, through the
/// store, so that update stays free of I/O and every acknowledged change is already on disk (in
/// the journal; the data files catch up between keys).
public struct AppRunner {
    public var model: AppModel
    let backend: any TerminalBackend
    let store: Store
    let shouldQuit: () -> Bool

    public init(model: AppModel, backend: any TerminalBackend, store: Store, shouldQuit: @escaping () -> Bool) {
        self.model = model
        self.backend = backend
        self.store = store
        self.shouldQuit = shouldQuit
        // What open found and put right (loosened permissions, a torn line, replayed entries) is
        // shown once, until the first key.
        if !store.warnings.isEmpty {
            self.model.status = StatusMessage(store.warnings.map { model.env.strings.text($0) }.joined(separator: model.env.lang == .zh ? "；" : "; "), kind: .error)
        }
    }

    /// Runs until the user quits, SIGINT/SIGTERM arrives, or the key source ends.
    public mutating func run() {
        var needsDraw = true
        while !shouldQuit() {
            if needsDraw { draw() }
            guard var key = backend.readKey(timeoutMilliseconds: 250) else {
                needsDraw = pickUpOthersChanges()
                // A quiet moment: the data files catch up with the journal in the background.
                if let error = store.checkpointWhenIdle() {
                    model.status = StatusMessage(error.text(model.env.lang), kind: .error)
                    needsDraw = true
                }
                continue
            }
            needsDraw = true
            // What others saved meanwhile is read before the key acts on the data.
            _ = pickUpOthersChanges()
            // Keys already waiting (fast typing, a paste) are all handled before the next frame.
            while true {
                if key != .resize, !perform(model.update(key)) { return }
                guard let next = backend.readKey(timeoutMilliseconds: 0) else { break }
                key = next
            }
        }
    }

    /// Reads the changes other qaward processes saved (a size check when there are none), so an
    /// open screen shows them within a quarter second when idle and before the next key. Forms
    /// keep what is being typed: only the data under them changes.
    mutating func pickUpOthersChanges() -> Bool {
        do {
            guard try store.refresh() else { return false }
            model.dataDidChange(store.data)
        } catch {
            model.status = StatusMessage(error.text(model.env.lang), kind: .error)
        }
        return true
    }

    /// Runs effects in order; returns false when the app should end.
    mutating func perform(_ effects: [Effect]) -> Bool {
        for e in effects {
            switch e {
            case .quit:
                return false
            case .commit(let action):
                guard commit([action]) else { return true }
            case .commitAll(let actions):
                guard commit(actions) else { return true }
            case .export(let name, let contents):
                do {
                    let url = try store.export(name: name, contents: contents)
                    model.status = StatusMessage(model.t("status.exported", url.path), kind: .success)
                } catch {
                    model.status = StatusMessage(error.text(model.env.lang), kind: .error)
                }
            case .importCalendar(let path):
                switch CalendarFile.load(path: path, t: model.t) {
                case .success(let loaded):
                    guard commit([loaded.action]) else { return true }
                    model.status = StatusMessage(loaded.report(model.t), kind: .success)
                case .failure(let problem):
                    model.status = StatusMessage(problem.text, kind: .error)
                }
            case .loadAudit(let since, let actor):
                do { model.auditDidLoad(try store.describedLog(since: since, actor: actor)) } catch {
                    model.status = StatusMessage(error.text(model.env.lang), kind: .error)
                }
            case .verifyAudit:
                model.auditDidVerify(AuditVerifier.verify(directory: store.directory.url))
            }
        }
        return true
    }

    /// Saves each change at once; on a refusal shows why and stops (what was saved stays saved).
    private mutating func commit(_ actions: [Action]) -> Bool {
        for action in actions {
            do {
                let data = try store.commit(action, today: model.env.today)
                model.dataDidChange(data, by: action)
                model.status = StatusMessage(model.t("status.savedChange"), kind: .success)
            } catch {
                model.status = StatusMessage(error.text(model.env.lang), kind: .error)
                return false
            }
        }
        return true
    }

    mutating func draw() {
        let size = backend.size
        model.viewport = size
        var buf = Buffer(width: size.width, height: size.height)
        let cursor = model.render(into: &buf)
        backend.draw(buf, cursor: cursor)
    }
}
