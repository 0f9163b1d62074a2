import AwardDomain
import AwardStore
import TerminalUI

/// The run loop: render, read a key, turn it into a message, update, and let the one
/// `EffectInterpreter` run the effects against the store. Saving happens there, so update stays
/// free of I/O and every acknowledged change is already on disk (in the journal; the data files
/// catch up in quiet moments).
public struct AppRunner {
    public var model: AppModel
    let backend: any TerminalBackend
    var io: StoreIO
    let shouldQuit: () -> Bool

    public init(model: AppModel, backend: any TerminalBackend, store: Store, shouldQuit: @escaping () -> Bool) {
        self.model = model
        self.backend = backend
        self.io = StoreIO(store: store)
        self.shouldQuit = shouldQuit
        self.model.journalSeq = store.lastSeq
        // What open found and put right (loosened permissions, a torn line, replayed entries) is
        // shown once, until the first key.
        if !store.warnings.isEmpty {
            self.model.status = StatusMessage(store.warnings.map { model.env.strings($0) }.joined(separator: model.env.strings(.listSeparator)), kind: .error)
        }
    }

    /// Runs until the user quits, SIGINT/SIGTERM arrives, or the key source ends.
    public mutating func run() {
        var needsDraw = true
        while !shouldQuit() {
            if needsDraw { draw() }
            guard var key = backend.readKey(timeoutMilliseconds: 250) else {
                // A quiet moment: the data files catch up with the journal in the background.
                // Others' changes are read then too, and redrawn when there were any.
                let before = (model.status, model.dataVersion)
                _ = send(.tick)
                needsDraw = model.status != before.0 || model.dataVersion != before.1
                continue
            }
            needsDraw = true
            // What others saved meanwhile is read before the key acts on the data.
            for m in EffectInterpreter.pickUp(&io) { _ = send(m) }
            // Keys already waiting (fast typing, a paste) are all handled before the next frame.
            while true {
                let size = backend.size
                let msg: Msg = key == .resize ? .resize(width: size.width, height: size.height) : .key(key)
                if !send(msg) { return }
                guard let next = backend.readKey(timeoutMilliseconds: 0) else { break }
                key = next
            }
        }
    }

    /// One message through update and the interpreter; false when the app should end.
    mutating func send(_ msg: Msg) -> Bool {
        EffectInterpreter.run(model.update(msg), model: &model, io: &io)
    }

    mutating func draw() {
        let size = backend.size
        if size != model.viewport { _ = model.update(.resize(width: size.width, height: size.height)) }
        var buf = Buffer(width: size.width, height: size.height)
        let cursor = model.render(into: &buf)
        backend.draw(buf, cursor: cursor)
    }
}
