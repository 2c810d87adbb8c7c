// The only header that includes curses.h. It turns curses' macros and globals into plain C
// functions that Swift 6 can call, and keeps the terminal-restoring signal handlers in C.
#ifndef CNCURSESW_H
#define CNCURSESW_H

#include <stdint.h>

/// Styles the Swift side asks for; they match TerminalUI.Style's raw values.
enum { NYF_STYLE_COUNT = 12 };

/// Sets the locale from the environment, falling back to C.UTF-8. Returns 1 when the
/// character set is UTF-8, else 0.
int nyf_setup_locale(void);

/// Starts curses on the terminal. `color` 0 = no colour (NO_COLOR or monochrome), 1 = colour.
/// `raw_mode` 1 turns off Ctrl-C/Ctrl-Z signals (kiosk). Returns 0 on success, -1 when the
/// terminal cannot be opened.
int nyf_start(int color, int raw_mode);

/// Ends curses and restores the terminal (safe to call twice).
void nyf_stop(void);

/// Whether curses is running.
int nyf_running(void);

/// The screen size.
void nyf_size(int *rows, int *cols);

/// Waits up to `timeout_ms` for a key. Returns 0 for a character (in *value), 1 for a key code
/// (in *value), -1 for a timeout, -2 when a termination signal (SIGTERM/SIGHUP) arrived.
int nyf_read(int timeout_ms, uint32_t *value);

/// Puts UTF-8 text at a position in a style.
void nyf_put(int row, int col, const char *utf8, int style);

/// Clears the screen buffer.
void nyf_erase(void);

/// Moves the cursor (shown) or hides it (row < 0), then refreshes the screen.
void nyf_show(int row, int col);

/// Forces a full repaint on the next refresh.
void nyf_clear_all(void);

/// Ignores SIGINT, SIGQUIT, SIGTSTP, SIGTTIN and SIGTTOU (kiosk: no way to stop or suspend).
void nyf_ignore_job_signals(void);

/// Key codes Swift needs (macros with casts that do not import).
int nyf_key_code(const char *name);

/// Installs handlers that restore the terminal on crash signals and re-raise them, and turn
/// SIGTERM/SIGHUP into a flag read by nyf_read.
void nyf_install_signal_handlers(void);

/// Whether a termination signal arrived.
int nyf_terminated(void);

/// Turns off core dumps for this process (kiosk: nothing personal on disk).
void nyf_disable_core_dumps(void);

#endif
