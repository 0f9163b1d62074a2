import AwardDomain
import TerminalUI

extension Modal {
    /// Draws the modal centred in `area`: the fields (label, input, the check or hint beside),
    /// then the refusal in the error style; or the confirmation: the question naming what it acts
    /// on, the warning and the reason field. Returns the cursor.
    func render(_ t: Strings, theme: Theme, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let width = min(area.width - 2, 76)
        if confirming, let c = confirmation {
            // Every line wrapped: the question names what the action acts on and must be read whole.
            let question = wrap(t(c.question), width: width - 4)
            let warning = c.warning.map { wrap(t($0), width: width - 4) } ?? []
            let refused = refusal.map { wrap(t($0), width: width - 4) } ?? []
            let height = question.count + warning.count + (c.reasonLabel == nil ? 0 : 2) + refused.count + 3
            let box = area.centered(width: width, height: height)
            let inner = renderBox(title: t(c.title), into: &buf, area: box, theme: theme).inset(dx: 1, dy: 0)
            var y = inner.y
            for line in question {
                buf.put(line, x: inner.x, y: y, maxWidth: inner.width, style: theme[.header])
                y += 1
            }
            for line in warning {
                buf.put(line, x: inner.x, y: y, maxWidth: inner.width, style: theme[.warning])
                y += 1
            }
            var cursor: (x: Int, y: Int)?
            if let label = c.reasonLabel {
                y += 1
                let l = t(label)
                let lw = buf.put(l, x: inner.x, y: y, maxWidth: inner.width, style: theme[.accent]) + 1
                let fieldWidth = max(1, inner.width - lw)
                if let cx = renderTextField(c.reason, into: &buf, area: Rect(x: inner.x + lw, y: y, width: fieldWidth, height: 1), focused: true, theme: theme) {
                    cursor = (cx, y)
                }
                y += 1
            }
            for line in refused {
                buf.put(line, x: inner.x, y: y, maxWidth: inner.width, style: theme[.error])
                y += 1
            }
            let hint = (c.reasonError.map { t($0) + "  " } ?? "") + "Enter " + t(.confirmKey) + "  Esc " + t(fields.isEmpty ? .cancelKey : .backKey)
            buf.put(hint, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: c.reasonError == nil ? theme[.dim] : theme[.error])
            return cursor
        }
        let form = FormState(fields: fields.map { f in
            let shown: TextFieldState = f.chosen.map { TextFieldState("‹ " + t($0.label) + " ›") } ?? f.input
            return FormField(label: t(f.label), state: shown, error: f.error.map { t($0) }, hint: f.hint.map { t($0) }, width: f.width)
        }, focus: focus)
        // The store's refusal is read whole (the rule, the article, what to do instead): wrapped.
        let refused = refusal.map { wrap(t($0), width: width - 4) } ?? (waiting ? [t(.waitingForStore)] : [])
        let extra = refused.count
        // A field whose message does not fit beside it takes a second row (as renderForm lays it out).
        let inner = width - 4
        let labelWidth = min(form.fields.map { displayWidth($0.label) }.max() ?? 0, inner / 2)
        let room = inner - labelWidth - 1
        let rows = form.fields.reduce(0) { sum, f in
            let note = f.error ?? f.hint
            return sum + (note.map { 1 + displayWidth($0) > room - max(1, min(f.width ?? FormField.defaultInputWidth, room)) } == true ? 2 : 1)
        }
        let box = area.centered(width: width, height: min(area.height, rows + 2 + extra))
        var cursor = renderForm(form, title: t(title), into: &buf, area: Rect(x: box.x, y: box.y, width: box.width, height: box.height), theme: theme)
        if fields.indices.contains(focus), fields[focus].chosen != nil { cursor = nil }
        for (i, line) in refused.enumerated() {
            buf.put(line, x: box.x + 2, y: box.maxY - 1 - refused.count + i, maxWidth: box.width - 4, style: theme[refusal == nil ? .dim : .error])
        }
        return cursor
    }
}
