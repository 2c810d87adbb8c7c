// The C shim over libcrypt (libxcrypt on Debian, package libcrypt-dev) and the one prctl call the
// kiosk needs. The only code that includes crypt.h.
#ifndef CCRYPT_H
#define CCRYPT_H

#include <crypt.h>
#include <stddef.h>

/// Hashes `phrase` with `setting` (e.g. "$6$<16-char salt>" or a full stored hash) using
/// crypt_rn on a zeroed, heap-allocated struct crypt_data that is wiped afterwards.
/// Writes the NUL-terminated result into `out` (at most `outlen` bytes, including the NUL).
/// Returns 0 on success, -1 when crypt failed (bad setting, unsupported method) or `out` is too small.
int ccrypt_hash(const char *phrase, const char *setting, char *out, size_t outlen);

/// Marks the process not dumpable (prctl PR_SET_DUMPABLE 0): no core file, no ptrace by the
/// same user. Returns 0 on success, -1 with errno set otherwise.
int ccrypt_set_nondumpable(void);

#endif
