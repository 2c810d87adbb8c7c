#ifndef EMBEDDED_CONTENT_DATA_H
#define EMBEDDED_CONTENT_DATA_H

#include <stddef.h>

/// The first byte of the content blob the build plugin assembled into this binary (Content/'s
/// files, the checked landscape snapshot and the build-time lint result). Read-only data that
/// the linker places in the executable: nothing is decoded or copied at start.
const unsigned char *nyforetagare_content_bytes(void);

/// The blob's length in bytes.
size_t nyforetagare_content_size(void);

#endif
