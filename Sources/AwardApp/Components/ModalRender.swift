import AwardDomain
import TerminalUI

extension Modal {
    /// Draws the modal centred in `area`: the fields (label, input, the check or hint beside),
    /// then the refusal in the error style; or the confirmation: the question naming what it acts
    /// on, the warning and the reason field. Returns the cursor.
    func render(_ t: Strings, theme: Theme, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        if presentation == .line, !confirming, let field = fields.first { return renderLine(field, t, theme: theme, into: &buf, area: area) }
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
        // It keeps at least one field row above it when the form is taller than the screen.
        let refused = Array((refusal.map { wrap(t($0), width: width - 4) } ?? (waiting ? [t(.waitingForStore)] : []))
            .prefix(max(1, area.height - 3)))
        let extra = refused.count
        // A field whose message does not fit beside it has it below, wrapped (as renderForm lays it out).
        let inner = width - 4
        let labelWidth = min(form.fields.map { displayWidth($0.label) }.max() ?? 0, inner / 2)
        let room = inner - labelWidth - 1
        let rows = form.fields.reduce(0) { sum, f in
            let note = f.error ?? f.hint
            let w = max(1, min(f.width ?? FormField.defaultInputWidth, room))
            return sum + 1 + (note.flatMap { 1 + displayWidth($0) > room - w ? wrap($0, width: max(1, room)).count : nil } ?? 0)
        }
        let box = area.centered(width: width, height: min(area.height, rows + 2 + extra))
        // The refusal has rows of its own under the fields: on a form taller than the screen the
        // fields scroll above it (the focused one kept in view) instead of being covered.
        var cursor = renderForm(form, title: t(title), into: &buf, area: box, theme: theme, footerRows: extra)
        if fields.indices.contains(focus), fields[focus].chosen != nil { cursor = nil }
        for (i, line) in refused.enumerated() {
            buf.put(line, x: box.x + 2, y: box.maxY - 1 - refused.count + i, maxWidth: box.width - 4, style: theme[refusal == nil ? .dim : .error])
        }
        return cursor
    }

    /// The one-line presentation: the label and the input on the last row of `area`; above it,
    /// wrapped so it is read whole, the store's refusal, the field's check or its hint.
    private func renderLine(_ f: ModalField<Name>, _ t: Strings, theme: Theme, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let y = area.maxY - 1
        let message: (Phrase, StyleRole)? = refusal.map { ($0, .error) } ?? (waiting ? (.waitingForStore, .dim) : nil)
            ?? f.error.map { ($0, .error) } ?? f.hint.map { ($0, .dim) }
        if let (m, role) = message {
            let lines = wrap(t(m), width: max(1, area.width - 2)).suffix(max(0, area.height - 1))
            for (i, line) in lines.enumerated() {
                let ly = y - lines.count + i
                buf.fill(Rect(x: area.x, y: ly, width: area.width, height: 1), style: theme[.normal])
                buf.put(line, x: area.x + 1, y: ly, maxWidth: area.width - 2, style: theme[role])
            }
        }
        buf.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: theme[.normal])
        let w = buf.put(t(f.label), x: area.x + 1, y: y, maxWidth: area.width / 2, style: theme[.accent])
        let input = Rect(x: area.x + 2 + w, y: y, width: max(4, area.width - w - 3), height: 1)
        return renderTextField(f.input, into: &buf, area: input, focused: true, theme: theme).map { ($0, y) }
    }
}
