// The only C boundary for the screen: wide-character ncurses, with accessors for what Swift cannot import
// (globals that Swift 6 calls not concurrency-safe, and macros that take arguments).
#ifndef BEREDSKAP_CNCURSESW_SHIM_H
#define BEREDSKAP_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <sys/ioctl.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Glibc's Swift module hides wcwidth.
extern int wcwidth(wchar_t c);

// The terminal's size as the kernel knows it; 0 when `fd` is not a terminal.
static inline int beredskap_terminal_size(int fd, int *rows, int *columns) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *columns = size.ws_col;
    return 0;
}

static inline WINDOW *beredskap_stdscr(void) { return stdscr; }
static inline int beredskap_cols(void) { return COLS; }
static inline int beredskap_lines(void) { return LINES; }
static inline int beredskap_colors(void) { return COLORS; }
static inline attr_t beredskap_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }
static inline attr_t beredskap_a_bold(void) { return A_BOLD; }
static inline attr_t beredskap_a_reverse(void) { return A_REVERSE; }
static inline attr_t beredskap_a_underline(void) { return A_UNDERLINE; }
static inline attr_t beredskap_a_dim(void) { return A_DIM; }
static inline attr_t beredskap_a_normal(void) { return A_NORMAL; }
static inline int beredskap_key_resize(void) { return KEY_RESIZE; }
static inline int beredskap_key_up(void) { return KEY_UP; }
static inline int beredskap_key_down(void) { return KEY_DOWN; }
static inline int beredskap_key_left(void) { return KEY_LEFT; }
static inline int beredskap_key_right(void) { return KEY_RIGHT; }
static inline int beredskap_key_ppage(void) { return KEY_PPAGE; }
static inline int beredskap_key_npage(void) { return KEY_NPAGE; }
static inline int beredskap_key_home(void) { return KEY_HOME; }
static inline int beredskap_key_end(void) { return KEY_END; }
static inline int beredskap_key_backspace(void) { return KEY_BACKSPACE; }
static inline int beredskap_key_enter(void) { return KEY_ENTER; }
static inline int beredskap_key_dc(void) { return KEY_DC; }
static inline int beredskap_key_code_yes(void) { return KEY_CODE_YES; }
static inline int beredskap_err(void) { return ERR; }

// Included last: term.h defines macros named like ordinary words (lines, columns) that would rewrite the code above.
#include <ncursesw/term.h>

// 1 when the terminal type `term` (NULL: $TERM) can move the cursor (terminfo `cup`), which the full-screen console
// needs; 0 when it cannot (TERM=dumb) or is unknown. Leaves no terminal set up behind it.
static inline int beredskap_can_address_cursor(const char *term) {
    int error = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, -1, &error) != OK) { set_curterm(saved); return 0; }
    char *cup = tigetstr((char *)"cup");
    int ok = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    set_curterm(saved);
    return ok;
}

#endif
