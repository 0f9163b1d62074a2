#ifndef QAWARD_CNCURSESW_SHIM_H
#define QAWARD_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here,
// before curses.h is read; without it get_wch, wget_wch and setcchar are invisible.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import curses' function-like macros, and the global stdscr is rejected under
// strict concurrency; these small functions expose what the backend needs.
static inline WINDOW *qa_stdscr(void) { return stdscr; }
static inline int qa_lines(void) { return LINES; }
static inline int qa_cols(void) { return COLS; }
static inline int qa_colors(void) { return COLORS; }
static inline int qa_color_pairs(void) { return COLOR_PAIRS; }
static inline int qa_set_escdelay(int ms) { return set_escdelay(ms); }
static inline int qa_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
static inline int qa_key_code_yes(void) { return KEY_CODE_YES; }
static inline attr_t qa_a_bold(void) { return A_BOLD; }
static inline attr_t qa_a_dim(void) { return A_DIM; }
static inline attr_t qa_a_underline(void) { return A_UNDERLINE; }
static inline attr_t qa_a_reverse(void) { return A_REVERSE; }
static inline attr_t qa_a_normal(void) { return A_NORMAL; }
static inline int qa_key_f(int n) { return KEY_F(n); }

/// Draws one cell: a wide string of one grapheme (up to 8 code points) with attributes and a colour pair.
static inline int qa_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &c);
}
#endif
