#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include "CNcursesw.h"
#include <errno.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <time.h>
#include <langinfo.h>
#include <locale.h>
#include <ncursesw/curses.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

static int running = 0;
static int has_colour = 0;
static volatile sig_atomic_t terminated = 0;
static struct termios saved_termios;
static int saved_termios_ok = 0;

int nyf_setup_locale(void) {
  setlocale(LC_ALL, "");
  const char *cs = nl_langinfo(CODESET);
  if (cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0)) return 1;
  if (setlocale(LC_CTYPE, "C.UTF-8") || setlocale(LC_CTYPE, "C.utf8")) {
    cs = nl_langinfo(CODESET);
    if (cs && strcmp(cs, "UTF-8") == 0) return 1;
  }
  return 0;
}

static attr_t style_attr(int style) {
  // Attributes used with or without colour.
  switch (style) {
  case 1: return A_BOLD | (has_colour ? 0 : A_REVERSE);  // title
  case 2: return A_BOLD;                                  // heading
  case 3: return A_REVERSE | A_BOLD;                      // selected
  case 4: return has_colour ? 0 : A_DIM;                  // dim
  case 5: return A_BOLD;                                  // critical
  case 6: return has_colour ? 0 : A_UNDERLINE;            // warning
  case 7: return A_BOLD | (has_colour ? 0 : A_UNDERLINE); // error
  case 8: return 0;                                       // success
  case 9: return has_colour ? 0 : A_REVERSE;              // key bar
  case 10: return A_BOLD | (has_colour ? 0 : A_REVERSE);  // key
  case 11: return A_UNDERLINE;                            // input
  default: return 0;
  }
}

int nyf_start(int color, int raw_mode) {
  if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) saved_termios_ok = 1;
  if (initscr() == NULL) return -1;
  running = 1;
  if (raw_mode) raw(); else cbreak();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  set_escdelay(25);
  has_colour = 0;
  if (color && has_colors()) {
    start_color();
    use_default_colors();
    has_colour = 1;
    init_pair(1, COLOR_WHITE, COLOR_BLUE);    // title
    init_pair(2, COLOR_CYAN, -1);             // heading
    init_pair(3, COLOR_BLACK, COLOR_CYAN);    // selected
    init_pair(4, COLORS >= 16 ? 8 : COLOR_WHITE, -1); // dim
    init_pair(5, COLOR_MAGENTA, -1);          // critical
    init_pair(6, COLOR_YELLOW, -1);           // warning
    init_pair(7, COLOR_RED, -1);              // error
    init_pair(8, COLOR_GREEN, -1);            // success
    init_pair(9, COLOR_BLACK, COLOR_WHITE);   // key bar
    init_pair(10, COLOR_WHITE, COLOR_BLUE);   // key
    init_pair(11, -1, -1);                    // input
  }
  return 0;
}

void nyf_stop(void) {
  if (!running) return;
  running = 0;
  erase();
  refresh();
  endwin();
}

int nyf_running(void) { return running; }

void nyf_size(int *rows, int *cols) {
  *rows = getmaxy(stdscr);
  *cols = getmaxx(stdscr);
}

static long monotonic_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (long)t.tv_sec * 1000L + t.tv_nsec / 1000000L;
}

/* How many reads in a row came back at once with nothing. */
static int quick_errors = 0;

/* Whether standard input has ended (the terminal closed, end of file): checked only after a read
   came back at once with nothing, so it never eats a key. */
static int input_ended(void) {
  struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
  int ready = poll(&p, 1, 0);
  if (ready < 0) return errno != EINTR;
  if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
  if (ready == 1 && (p.revents & POLLIN) && quick_errors >= 3) {
    int pending = 0;
    if (ioctl(STDIN_FILENO, FIONREAD, &pending) != 0 || pending == 0) return 1;
  }
  return 0;
}

int nyf_read(int timeout_ms, uint32_t *value) {
  if (terminated) return -2;
  wtimeout(stdscr, timeout_ms);
  wint_t ch = 0;
  long start = monotonic_ms();
  int rc = wget_wch(stdscr, &ch);
  if (terminated) return -2;
  if (rc == ERR) {
    long elapsed = monotonic_ms() - start;
    if (timeout_ms > 0 && elapsed < timeout_ms / 2) {
      /* Back at once with nothing: at end of input this would spin at full speed. */
      quick_errors++;
      if (input_ended()) {
        terminated = 1;
        return -2;
      }
      usleep((useconds_t)(timeout_ms - elapsed) * 1000);
    } else {
      quick_errors = 0;
    }
    return -1;
  }
  quick_errors = 0;
  *value = (uint32_t)ch;
  return rc == KEY_CODE_YES ? 1 : 0;
}

void nyf_put(int row, int col, const char *utf8, int style) {
  attr_t a = style_attr(style);
  short pair = (has_colour && style > 0 && style < NYF_STYLE_COUNT) ? (short)style : 0;
  attr_set(a, pair, NULL);
  mvaddstr(row, col, utf8);
  attr_set(A_NORMAL, 0, NULL);
}

void nyf_erase(void) { erase(); }

void nyf_show(int row, int col) {
  if (row < 0) {
    curs_set(0);
  } else {
    curs_set(1);
    move(row, col);
  }
  refresh();
}

void nyf_clear_all(void) { clearok(curscr, TRUE); }

void nyf_ignore_job_signals(void) {
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  signal(SIGTSTP, SIG_IGN);
  signal(SIGTTIN, SIG_IGN);
  signal(SIGTTOU, SIG_IGN);
}

int nyf_key_code(const char *name) {
  if (!strcmp(name, "up")) return KEY_UP;
  if (!strcmp(name, "down")) return KEY_DOWN;
  if (!strcmp(name, "left")) return KEY_LEFT;
  if (!strcmp(name, "right")) return KEY_RIGHT;
  if (!strcmp(name, "home")) return KEY_HOME;
  if (!strcmp(name, "end")) return KEY_END;
  if (!strcmp(name, "ppage")) return KEY_PPAGE;
  if (!strcmp(name, "npage")) return KEY_NPAGE;
  if (!strcmp(name, "backspace")) return KEY_BACKSPACE;
  if (!strcmp(name, "dc")) return KEY_DC;
  if (!strcmp(name, "enter")) return KEY_ENTER;
  if (!strcmp(name, "btab")) return KEY_BTAB;
  if (!strcmp(name, "resize")) return KEY_RESIZE;
  if (!strcmp(name, "f0")) return KEY_F0;
  return -1;
}

static const char reset_sequence[] = "\033[?1049l\033[?25h\033[0m\033[2J\033[H";

static void crash_handler(int sig) {
  if (saved_termios_ok) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  (void)!write(STDOUT_FILENO, reset_sequence, sizeof(reset_sequence) - 1);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void term_handler(int sig) {
  (void)sig;
  terminated = 1;
}

void nyf_install_signal_handlers(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = crash_handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGILL, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
  sigaction(SIGABRT, &sa, NULL);
  sigaction(SIGTRAP, &sa, NULL);
  struct sigaction ta;
  memset(&ta, 0, sizeof ta);
  ta.sa_handler = term_handler;
  sigemptyset(&ta.sa_mask);
  ta.sa_flags = 0;  // no SA_RESTART: interrupt the wait for a key
  sigaction(SIGTERM, &ta, NULL);
  sigaction(SIGHUP, &ta, NULL);
  /* SIGQUIT (kill -QUIT; Ctrl-\ is an ordinary key in raw mode) ends the program like SIGTERM:
     the screen is restored instead of left garbled, or the signal ignored. */
  sigaction(SIGQUIT, &ta, NULL);
}

int nyf_terminated(void) { return terminated; }

void nyf_disable_core_dumps(void) {
  struct rlimit r = {0, 0};
  setrlimit(RLIMIT_CORE, &r);
}
